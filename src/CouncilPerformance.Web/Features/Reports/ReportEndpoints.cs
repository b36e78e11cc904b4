namespace CouncilPerformance.Web.Features.Reports;

internal static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app) => app;
}
