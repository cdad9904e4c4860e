from django import forms
from .models import Invoice

prompt_label = "Name"


class InvoiceForm(forms.ModelForm):
    class Meta:
        model = Invoice
        fields = ["vendor", "total"]
        help_texts = {"vendor": "Who sent it"}
