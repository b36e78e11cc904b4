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

    public static PropertyBuilder<T> IsNotAudited<T>(this PropertyBuilder<T> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.HasAnnotation(NotAudited, true);
    }
}
