from dataclasses import dataclass


@dataclass
class Vehicle:
    # look-alike: no settings class of a model, a car's make and model
    model: str = "ford/focus"
