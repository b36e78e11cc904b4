namespace CouncilPerformance.Core.Recommendations;

/// <summary>Who a recommendation is put to.</summary>
public enum RecommendationAddressee
{
    Cabinet,
    ScrutinyCoordinationCommittee,

    /// <summary>A named scrutiny board, as work for its programme.</summary>
    ScrutinyBoard,
}

public enum RecommendationStatus
{
    Draft,

    /// <summary>The committee has endorsed it.</summary>
    Endorsed,

    /// <summary>Put to the body it is addressed to, which has not yet decided.</summary>
    AwaitingDecision,
    Agreed,
    AgreedWithAmendment,
    NotAgreed,
    InProgress,
    Implemented,
    Withdrawn,

    /// <summary>Accepted in principle, with an action and a date so that it cannot mean nothing.</summary>
    AcceptedInPrinciple,
}

public enum DecisionOutcome
{
    Agreed,
    AgreedWithAmendment,
    NotAgreed,

    /// <summary>Needs an action and a date: "in principle" is a known way for nothing to happen.</summary>
    AcceptedInPrinciple,
}

/// <summary>What a KPI-specific recommendation (Appendix 1, a–p) asks to change.</summary>
public enum KpiChangeKind
{
    None,

    /// <summary>Replace or redefine the metric (a, b, c, f, g, i, m).</summary>
    ReplaceOrRedefine,

    /// <summary>Add a new KPI (d, e, h, l, p).</summary>
    AddKpi,

    /// <summary>Report it against other councils, or add arrears (j).</summary>
    AddComparison,

    /// <summary>Report finer breakdowns (k).</summary>
    AddBreakdown,

    /// <summary>Reconsider a KPI with no data or target (n).</summary>
    Reconsider,

    /// <summary>Set a target (o).</summary>
    SetTarget,
}
