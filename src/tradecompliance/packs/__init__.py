"""Rule packs: YAML files of dated, referenced values that compliance teams edit and test."""
