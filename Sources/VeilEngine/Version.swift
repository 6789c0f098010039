/// Veil's version, written into reports and manifests.
public let veilVersion = "0.1.0"
