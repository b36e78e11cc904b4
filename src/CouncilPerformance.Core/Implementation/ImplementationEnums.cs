namespace CouncilPerformance.Core.Implementation;

/// <summary>Where the implementation of an agreed recommendation stands, as the service area reports it.</summary>
public enum ImplementationStatus
{
    NotStarted,
    OnTrack,
    AtRisk,
    Delayed,

    /// <summary>The service area says it is done; the committee decides whether to accept it as implemented.</summary>
    Implemented,
}

/// <summary>What changed in the plan for a KPI-specific recommendation (a–p).</summary>
public enum PlanChangeKind
{
    None,
    KpiAdded,

    /// <summary>The definition changed from a stated period.</summary>
    KpiRedefined,
    TargetSet,
}
