"""Landed cost: customs value, duties, import VAT/GST and collection regimes, every figure explained."""
