using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.PublicSite;
using CouncilPerformance.Core.Reports;

namespace CouncilPerformance.Web.Features.Reports;

/// <summary>
/// The reports as Word and Excel downloads, next to their print views:
/// <c>/reports/annual/{year}/download.docx</c>, <c>/reports/deep-dive/{id}/download.xlsx</c>,
/// <c>/reports/tracker/download.docx?status=...</c>. Each states its policy, and the builder checks
/// the role again.
/// </summary>
internal static class ReportEndpoints
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/reports/annual/{year}/download.{format}", async (string year, string format, HttpContext context, ReportBuilder builder, CancellationToken ct) =>
            !PublishedYear.TryParseSlug(year, out var startYear)
                ? TypedResults.BadRequest("Years are written like 2024-25.")
                : await FileAsync(format, $"annual-performance-report-{year}", () => builder.AnnualAsync(Actor.From(context.User), startYear, ct)))
            .RequireAuthorization(Policies.SignedIn);

        app.MapGet("/reports/deep-dive/{id:int}/download.{format}", async (int id, string format, HttpContext context, ReportBuilder builder, CancellationToken ct) =>
                await FileAsync(format, $"deep-dive-report-{id}", () => builder.DeepDiveAsync(Actor.From(context.User), id, ct)))
            .RequireAuthorization(Policies.Scrutiny);

        app.MapGet("/reports/tracker/download.{format}", async (string format, HttpContext context, ReportBuilder builder, CancellationToken ct) =>
            {
                var (filter, error) = TrackerFilter.Parse(context.Request.Query);
                return filter is null
                    ? TypedResults.BadRequest(error)
                    : await FileAsync(format, "recommendations-tracker", async () => await builder.TrackerAsync(Actor.From(context.User), filter, ct));
            })
            .RequireAuthorization(Policies.SignedIn);

        return app;
    }

    private static async Task<IResult> FileAsync(string format, string name, Func<Task<ReportDocument?>> build)
    {
        if (format is not ("docx" or "xlsx"))
        {
            return TypedResults.BadRequest("Reports download as docx (Word) or xlsx (Excel).");
        }

        var report = await build();
        if (report is null)
        {
            return TypedResults.NotFound("There is no such report.");
        }

        return format == "docx"
            ? TypedResults.File(DocxReportWriter.Write(report), DocxType, name + ".docx")
            : TypedResults.File(XlsxReportWriter.Write(report), XlsxType, name + ".xlsx");
    }
}
