"""Evaluation harnesses: mediakit measured against human annotations."""
