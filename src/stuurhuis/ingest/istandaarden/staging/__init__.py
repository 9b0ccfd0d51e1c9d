# SPDX-License-Identifier: EUPL-1.2
"""Staging SQL of the kinds only iWmo/iJw messages deliver (run by the generic loader)."""
