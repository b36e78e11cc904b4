namespace CouncilPerformance.Web.Features.OpenData;

internal static class OpenDataEndpoints
{
    public static IEndpointRouteBuilder MapOpenDataEndpoints(this IEndpointRouteBuilder app) => app;
}
