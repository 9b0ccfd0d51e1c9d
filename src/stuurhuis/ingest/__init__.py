# SPDX-License-Identifier: EUPL-1.2
"""Ingest: recognise source files, read, validate, pseudonymise, quarantine, load."""
