using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace CouncilPerformance.Web.Components.Layout;

/// <summary>
/// MudBlazor's theme (its CSS variables, with the scrollbar and chart styles MudThemeProvider adds),
/// rendered once from <see cref="MudThemeProvider"/> and written by <c>App</c> into the head of every
/// app page. A MudThemeProvider in the layout built the same 12 KB of CSS on every request (about a
/// quarter of what a signed-in request allocated) and each open page's circuit kept its own copy in
/// its render tree. The app has one light theme and no dark mode, so it never changes after start.
/// </summary>
public sealed class ThemeStyles(IServiceProvider services, ILoggerFactory loggerFactory)
{
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

    private readonly Lazy<Task<MarkupString>> _markup = new(() => RenderAsync(services, loggerFactory));

    /// <summary>The theme's <c>&lt;style&gt;</c> elements, exactly as MudThemeProvider renders them.</summary>
    public Task<MarkupString> MarkupAsync() => _markup.Value;

    private static async Task<MarkupString> RenderAsync(IServiceProvider services, ILoggerFactory loggerFactory)
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
        return new MarkupString(html);
    }
}
