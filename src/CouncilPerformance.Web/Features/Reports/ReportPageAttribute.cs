namespace CouncilPerformance.Web.Features.Reports;

/// <summary>
/// Marks a report's print view. <c>App.razor</c> reads it to give the page the report stylesheet
/// (A4, committee-paper look) and no Blazor script: the page is static HTML for printing.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReportPageAttribute : Attribute;
