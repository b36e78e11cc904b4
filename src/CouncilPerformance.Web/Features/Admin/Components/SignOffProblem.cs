namespace CouncilPerformance.Web.Features.Admin.Components;

/// <summary>Why returning a result was refused (no comment, say), shown beside that result's comment field.</summary>
public sealed record SignOffProblem(int ResultId, string Message);
