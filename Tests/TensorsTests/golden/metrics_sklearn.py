#!/usr/bin/env python3
"""Golden values for MetricsTests: scikit-learn's accuracy_score and roc_auc_score.
Run by hand (pip install scikit-learn) and paste the printed numbers into MetricsTests.swift."""
from sklearn.metrics import accuracy_score, roc_auc_score

scores = [0.1, 0.4, 0.35, 0.8, 0.65, 0.2, 0.9, 0.5, 0.5, 0.3]
labels = [0, 0, 1, 1, 1, 0, 1, 0, 1, 1]
print("accuracy", repr(accuracy_score(labels, [s >= 0.5 for s in scores])))
print("auc", repr(roc_auc_score(labels, scores)))
tied = [0.5, 0.5, 0.5, 0.7, 0.2]
tied_labels = [1, 0, 1, 1, 0]
print("auc tied", repr(roc_auc_score(tied_labels, tied)))
