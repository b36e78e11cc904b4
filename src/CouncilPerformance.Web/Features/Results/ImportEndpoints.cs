using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Results.Import;

namespace CouncilPerformance.Web.Features.Results;

/// <summary>
/// The results template download: <c>GET /results/import/template?year=2025&amp;format=xlsx|csv</c>
/// (and, for the performance team, <c>&amp;serviceAreaId=</c>). A plain endpoint rather than a page,
/// because the browser must receive a file. The officer's service area comes from their sign-in,
/// never from the address, and <see cref="ResultTemplate"/> checks it again.
/// </summary>
public static class ImportEndpoints
{
    /// <summary>The address of the template download.</summary>
    public const string TemplatePath = "/results/import/template";

    /// <summary>Maps the template download, for officers and the performance team only.</summary>
    public static IEndpointRouteBuilder MapResultImportEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(TemplatePath, DownloadTemplateAsync)
            .RequireAuthorization(Policies.Officer)
            .WithName("ResultImportTemplate");
        return app;
    }

    /// <summary>The template's address for a period and format, e.g. <c>/results/import/template?year=2025&amp;format=csv</c>.</summary>
    public static string TemplateHref(int startYear, TemplateFormat format, int? serviceAreaId = null) =>
        FormattableString.Invariant($"{TemplatePath}?year={startYear}&format={(format == TemplateFormat.Csv ? "csv" : "xlsx")}")
        + (serviceAreaId is { } id ? FormattableString.Invariant($"&serviceAreaId={id}") : "");

    private static async Task<IResult> DownloadTemplateAsync(
        HttpContext http, ResultTemplate templates, PeriodService periods,
        int? year, string? format, int? serviceAreaId, CancellationToken cancellationToken)
    {
        var kind = format?.Trim().ToUpperInvariant() switch
        {
            null or "" or "XLSX" => TemplateFormat.Xlsx,
            "CSV" => TemplateFormat.Csv,
            _ => (TemplateFormat?)null,
        };
        if (kind is null)
        {
            return Message(StatusCodes.Status400BadRequest, "Ask for the template as format=xlsx (Excel) or format=csv.");
        }

        var startYear = year ?? (await periods.GetCurrentAsync(cancellationToken))?.StartYear;
        if (startYear is null)
        {
            return Message(StatusCodes.Status404NotFound, "No reporting period has been set up yet.");
        }

        var result = await templates.BuildAsync(Actor.From(http.User), startYear.Value, kind.Value, serviceAreaId, cancellationToken);
        if (result.File is not { } file)
        {
            return Message(result.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden, result.Problem ?? "There is no template.");
        }

        // The template holds the service area's saved results: keep it out of shared caches.
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult Message(int statusCode, string text) =>
        TypedResults.Text(text, "text/plain; charset=utf-8", statusCode: statusCode);
}
