"""Loopback fakes of the outside APIs: real HTTP servers on 127.0.0.1, never in-process mocks."""
