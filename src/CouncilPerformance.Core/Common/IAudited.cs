namespace CouncilPerformance.Core.Common;

/// <summary>Marks entities whose every change is written to the audit log (who, when, before, after).</summary>
public interface IAudited;
