"""One router per resource; ``sambandh.api.app`` joins them."""
