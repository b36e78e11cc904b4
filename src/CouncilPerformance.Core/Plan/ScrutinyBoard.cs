using CouncilPerformance.Core.Common;

namespace CouncilPerformance.Core.Plan;

/// <summary>
/// A scrutiny body: the Scrutiny Co-ordination Committee (no number) or a numbered scrutiny board.
/// </summary>
public class ScrutinyBoard : Entity, IAudited, IRetirable
{
    /// <summary>When the performance team retired it; null while it is in use. Retired parts keep their history but are no longer offered for new KPIs.</summary>
    public DateOnly? RetiredOn { get; set; }

    public required string Name { get; set; }

    /// <summary>The board's number as the council writes it, e.g. 1 in "Scrutiny Board (1)"; null for SCRUCO.</summary>
    public int? Number { get; set; }

    public string? ShortName { get; set; }

    public string? Remit { get; set; }

    public bool IsCoordinatingCommittee { get; set; }

    public List<ScrutinyBoardMember> Members { get; set; } = [];

    public string DisplayName => FormatName(Name, Number);

    /// <summary>"Finance and Corporate Services Scrutiny Board (1)", as the council writes it; for queries that project name and number.</summary>
    public static string FormatName(string name, int? number) => number is { } n ? $"{name} ({n})" : name;
}
