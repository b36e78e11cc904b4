using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilPerformance.Core.Auditing;

/// <summary>
/// Model annotations the <see cref="AuditInterceptor"/> reads: secrets it must never copy into the
/// log, and framework entities (which cannot implement <see cref="Common.IAudited"/>) it must audit.
/// </summary>
public static class AuditAnnotations
{
    public const string NotAudited = "CouncilPerformance:NotAudited";

    /// <summary>On an entity type: audit it under this name, key columns included.</summary>
    public const string AuditedAs = "CouncilPerformance:AuditedAs";

    /// <summary>
    /// On an entity type: "Label:Property", e.g. "Strategy:Name". A link row that points at such a
    /// record (a KPI's strategy, a user's role) is audited with that record's value under that label
    /// instead of its bare key, so the log reads "Strategy: Climate Change Strategy", not "3".
    /// </summary>
    public const string NamedBy = "CouncilPerformance:NamedBy";

    public static EntityTypeBuilder<T> IsNamedInAuditBy<T>(this EntityTypeBuilder<T> entity, string label, string property)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.HasAnnotation(NamedBy, $"{label}:{property}");
    }

    public static PropertyBuilder<T> IsNotAudited<T>(this PropertyBuilder<T> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.HasAnnotation(NotAudited, true);
    }
}
