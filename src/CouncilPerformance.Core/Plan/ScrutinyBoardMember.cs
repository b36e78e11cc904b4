using CouncilPerformance.Core.Common;

namespace CouncilPerformance.Core.Plan;

public enum BoardMemberRole
{
    Chair,
    ViceChair,
    Member,
}

/// <summary>A councillor on a scrutiny board or the Scrutiny Co-ordination Committee, as the council publishes its membership.</summary>
public class ScrutinyBoardMember : Entity, IAudited
{
    public int ScrutinyBoardId { get; set; }

    public ScrutinyBoard? ScrutinyBoard { get; set; }

    public required string Name { get; set; }

    public BoardMemberRole Role { get; set; } = BoardMemberRole.Member;

    /// <summary>When the councillor left the board; null while they sit on it. Kept, not deleted, so past reviews keep their members.</summary>
    public DateOnly? LeftOn { get; set; }
}
