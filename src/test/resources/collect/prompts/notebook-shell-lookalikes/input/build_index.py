#!/usr/bin/env python
# coding: utf-8

# A notebook exported to a script: its shell cells became get_ipython().system(...) calls, which
# are commands, not prompts, although the file uses the OpenAI SDK.

# In[1]:


get_ipython().system(' pip install openai azure-search-documents')


# In[2]:


import os

from openai import AzureOpenAI

os.system("az login --use-device-code")
client = AzureOpenAI(api_version="2024-10-21", azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"])


def describe(product: str) -> str:
    reply = client.chat.completions.create(
        model="catalog-writer",
        messages=[
            {"role": "system", "content": "You write one-line catalogue descriptions for outdoor gear."},
            {"role": "user", "content": product},
        ],
    )
    return reply.choices[0].message.content
