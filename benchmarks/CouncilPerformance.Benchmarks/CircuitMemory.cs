using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CouncilPerformance.Benchmarks;

/// <summary>
/// Memory per open page: the app in process on a real socket with the thirty-times data, then 30
/// signed-in browser pages (Debian's Chromium, each its own browser context, so its own cookie and
/// circuit) open on one address. The managed heap is measured after a full, compacting collection
/// before the pages open and again while all 30 circuits are live; the difference over 30 is what
/// one open page keeps on the server. The browser is another process, so it does not count.
/// </summary>
public static class CircuitMemory
{
    private const int Pages = 30;
    private const string ChromiumPath = "/usr/bin/chromium";

    public static async Task RunAsync(IReadOnlyList<string> paths)
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var app = new PageApp();
        app.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        Console.WriteLine("Adding the thirty-times data set…");
        await app.StartAsync();
        var cookies = await SignInCookiesAsync(baseUrl, "scrutiny@example.org");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
        });

        Console.WriteLine($"| page | heap before | heap with {Pages} pages open | per open page |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var path in paths)
        {
            // One page first, closed again, so start-up caches (compiled queries, components) are not counted as per-page.
            await using (var warm = await OpenAsync(browser, baseUrl, cookies, path))
            {
            }

            await Task.Delay(1000);
            var before = Heap();
            var contexts = new List<Opened>();
            for (var i = 0; i < Pages; i++)
            {
                contexts.Add(await OpenAsync(browser, baseUrl, cookies, path));
            }

            var open = Heap();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| `{path}` | {before / 1e6:0.0} MB | {open / 1e6:0.0} MB | {(open - before) / Pages / 1e3:0} KB |"));
            foreach (var context in contexts)
            {
                await context.DisposeAsync();
            }
        }
    }

    private static long Heap()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static async Task<Opened> OpenAsync(IBrowser browser, string baseUrl, IReadOnlyList<Microsoft.Playwright.Cookie> cookies, string path)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = baseUrl });
        await context.AddCookiesAsync(cookies);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        // The layout sets this once the circuit is up and the page is interactive.
        await page.Locator("#interactive-marker[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        return new Opened(context);
    }

    private static async Task<IReadOnlyList<Microsoft.Playwright.Cookie>> SignInCookiesAsync(string baseUrl, string email)
    {
        var jar = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
        await PageApp.SignInAsync(client, email);
        return [.. jar.GetAllCookies().Select(c => new Microsoft.Playwright.Cookie { Name = c.Name, Value = c.Value, Url = baseUrl })];
    }

    private sealed class Opened(IBrowserContext context) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => context.DisposeAsync();
    }
}
