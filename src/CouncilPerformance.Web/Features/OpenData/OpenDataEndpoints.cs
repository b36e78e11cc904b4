using System.Net;
using CouncilPerformance.Core.OpenData;
using Microsoft.Net.Http.Headers;

namespace CouncilPerformance.Web.Features.OpenData;

/// <summary>
/// The data sets at stable addresses, <c>/open-data/{name}.csv</c> and <c>/open-data/{name}.json</c>,
/// open to anyone. The files stream from the database, so they are not kept in the output cache
/// (which holds whole responses in memory); browsers and proxies revalidate them cheaply with
/// ETag and Last-Modified instead.
/// </summary>
internal static class OpenDataEndpoints
{
    public static IEndpointRouteBuilder MapOpenDataEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/open-data/{name}.{format}", [HttpMethods.Get, HttpMethods.Head], ServeAsync)
            .AllowAnonymous()
            .WithName("OpenDataFile");
        return app;
    }

    private static async Task ServeAsync(string name, string format, HttpContext context, OpenDataExporter exporter, CancellationToken cancellationToken)
    {
        var set = OpenDataSets.Find(name);
        if (set is null)
        {
            await ProblemPage.WriteAsync(context, StatusCodes.Status404NotFound, "Data set not found",
                $"There is no data set called \u201c{name}\u201d. The data sets are kpis, results and recommendations.");
            return;
        }

        var (contentType, csv) = format switch
        {
            "csv" => ("text/csv; charset=utf-8", true),
            "json" => ("application/json; charset=utf-8", false),
            _ => (null, false),
        };
        if (contentType is null)
        {
            await ProblemPage.WriteAsync(context, StatusCodes.Status400BadRequest, "That format is not available",
                $"Each data set comes as CSV or JSON: /open-data/{set.Name}.csv or /open-data/{set.Name}.json.");
            return;
        }

        var version = await exporter.GetVersionAsync(set, format, cancellationToken);
        var response = context.Response;
        var headers = response.GetTypedHeaders();
        headers.ETag = EntityTagHeaderValue.Parse(version.Tag);
        headers.LastModified = version.LastModified;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromMinutes(5) };
        response.Headers.XContentTypeOptions = "nosniff";

        if (IsNotModified(context.Request, version))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = contentType;
        if (csv)
        {
            response.Headers.ContentDisposition = $"attachment; filename=\"coventry-{set.Name}.csv\"";
        }

        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        if (csv)
        {
            await exporter.WriteCsvAsync(set, response.Body, cancellationToken);
        }
        else
        {
            await exporter.WriteJsonAsync(set, response.Body, cancellationToken);
        }
    }

    // If-None-Match wins over If-Modified-Since (RFC 9110, 13.2.2).
    private static bool IsNotModified(HttpRequest request, DataSetVersion version)
    {
        var typed = request.GetTypedHeaders();
        if (typed.IfNoneMatch is { Count: > 0 } tags)
        {
            return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(EntityTagHeaderValue.Parse(version.Tag), useStrongComparison: false));
        }

        return typed.IfModifiedSince is { } since && version.LastModified is { } modified && modified <= since;
    }
}

/// <summary>A small, clear HTML page on the public site's stylesheet for an address the open data cannot answer.</summary>
internal static class ProblemPage
{
    public static async Task WriteAsync(HttpContext context, int statusCode, string title, string message)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/html; charset=utf-8";
        var t = WebUtility.HtmlEncode(title);
        var m = WebUtility.HtmlEncode(message);
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en-GB" class="govuk-template">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{t} – Coventry City Council</title>
            <link rel="stylesheet" href="/lib/govuk-frontend/govuk-frontend.min.css"></head>
            <body class="govuk-template__body"><div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">
            <h1 class="govuk-heading-xl">{t}</h1><p class="govuk-body">{m}</p>
            <p class="govuk-body"><a class="govuk-link" href="/open-data">See the open data sets</a></p>
            </main></div></body></html>
            """);
    }
}
