import pandas as pd

model = "invoice-router"
model_name = load_config()["model"]

def predict(frame):
    return frame
