namespace CouncilPerformance.Core.Auditing;

/// <summary>
/// One change to an audited entity: who, when, and each changed property's value before and after
/// (as JSON). Written only by <see cref="AuditInterceptor"/>; the app never edits or deletes one.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public string? UserId { get; set; }

    public required string UserName { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    public required string Action { get; set; }

    public required string Changes { get; set; }
}
