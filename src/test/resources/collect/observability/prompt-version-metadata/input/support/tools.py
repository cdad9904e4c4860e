def lookup_order(order_id: str) -> str:
    """Look an order up by its id."""
    return f"order {order_id}"
