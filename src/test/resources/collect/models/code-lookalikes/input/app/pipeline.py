from sklearn.pipeline import Pipeline

invoice_pipeline = Pipeline(model="invoice")
model_name = "invoice-router-v2"
