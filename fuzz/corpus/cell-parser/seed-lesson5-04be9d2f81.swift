results.sorted { $0.validationRMSE < $1.validationRMSE }
