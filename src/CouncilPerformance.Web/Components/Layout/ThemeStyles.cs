using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace CouncilPerformance.Web.Components.Layout;

/// <summary>
/// MudBlazor's theme (its CSS variables, with the scrollbar and chart styles MudThemeProvider adds),
/// rendered once from <see cref="MudThemeProvider"/> and served as <c>/theme.css</c>, which every app
/// page links after MudBlazor's style sheet and ours. A MudThemeProvider in the layout built the same
/// 12 KB of CSS on every request, and writing it into every page's head still sent it with every
/// page; as a file named by its content the browser fetches it once. The app has one light theme and
/// no dark mode, so it never changes after start.
/// </summary>
public sealed partial class ThemeStyles(IServiceProvider services, ILoggerFactory loggerFactory)
{
    /// <summary>The address the theme is served at; pages add <see cref="VersionAsync"/> so that a new theme is a new address.</summary>
    public const string Path = "/theme.css";

    /// <summary>The app's one theme. Colours chosen for WCAG 2.2 AA contrast on white and on the app bar.</summary>
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1D4F91",
            AppbarBackground = "#1D4F91",
            Secondary = "#5C2D91",
            Success = "#00703C",
            Warning = "#8A4B00",
            Error = "#B00020",
            Info = "#1D4F91",
            TextSecondary = "#4A4A4A",
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "250px" },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Arial", "Helvetica", "sans-serif"] },
        },
    };

    private readonly Lazy<Task<Rendered>> _rendered = new(() => RenderAsync(services, loggerFactory));

    private sealed record Rendered(string Css, string Version);

    /// <summary>The theme's CSS: the content of the <c>&lt;style&gt;</c> elements MudThemeProvider renders, in order.</summary>
    public async Task<string> CssAsync() => (await _rendered.Value).Css;

    /// <summary>A short hash of the CSS, for the link's address.</summary>
    public async Task<string> VersionAsync() => (await _rendered.Value).Version;

    private static async Task<Rendered> RenderAsync(IServiceProvider services, ILoggerFactory loggerFactory)
    {
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggerFactory);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<MudThemeProvider>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MudThemeProvider.Theme)] = Theme,
            }));
            return output.ToHtmlString();
        });
        var css = string.Join("\n", StyleElement().Matches(html).Select(m => m.Groups["css"].Value.Trim()));
        var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(css)))[..12];
        return new Rendered(css, version);
    }

    [GeneratedRegex(@"<style\b[^>]*>(?<css>.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();
}

/// <summary>Serves <see cref="ThemeStyles"/> at <see cref="ThemeStyles.Path"/>.</summary>
internal static class ThemeStylesEndpoint
{
    public static IEndpointConventionBuilder MapThemeStyles(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(ThemeStyles.Path, async (HttpContext context, ThemeStyles theme) =>
        {
            var version = await theme.VersionAsync();
            var etag = $"\"{version}\"";
            // The address the pages link names the content, so the browser may keep it; any other
            // address (an old page's, or none) is checked again each time.
            context.Response.Headers.CacheControl = context.Request.Query["v"] == version
                ? "public, max-age=31536000, immutable"
                : "no-cache";
            context.Response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch == etag)
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            return Results.Text(await theme.CssAsync(), "text/css; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
}
