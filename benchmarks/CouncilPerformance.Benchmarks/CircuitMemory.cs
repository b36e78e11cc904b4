using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CouncilPerformance.Benchmarks;

/// <summary>
/// Memory per open page: the app in process on a real socket with the thirty-times data, then 30
/// signed-in browser pages (Debian's Chromium, each its own browser context, so its own cookie and
/// circuit) open on one address. The managed heap is measured after full, compacting collections
/// before the pages open and again while all 30 circuits are live; the difference over 30 is what
/// one open page keeps on the server. The browser is another process, so it does not count.
/// Each page set starts with no circuit in the app: pages are closed by navigating away (as a
/// closed tab does, so Blazor ends the circuit at once), and the harness waits until the app has
/// disposed every circuit before it measures the next path.
/// <c>--hold N</c> keeps the 30 pages open N seconds after measuring, for a heap snapshot
/// (<c>dotnet-gcdump collect -p PID</c>); <c>--pages N</c> opens N pages instead of 30, for a
/// machine too loaded to start 30 circuits within the minute each is given.
/// </summary>
public static class CircuitMemory
{
    private const int DefaultPages = 30;
    private const string ChromiumPath = "/usr/bin/chromium";

    public static async Task RunAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var hold = TimeSpan.Zero;
        var pages = DefaultPages;
        var paths = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--hold" && i + 1 < args.Count)
            {
                hold = TimeSpan.FromSeconds(int.Parse(args[++i], CultureInfo.InvariantCulture));
            }
            else if (args[i] == "--pages" && i + 1 < args.Count)
            {
                pages = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                paths.Add(args[i]);
            }
        }

        if (paths.Count == 0)
        {
            paths.AddRange(["/kpis", "/home"]);
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var circuits = new CircuitCounter();
        using var app = new PageApp { ExtraServices = s => s.AddSingleton<CircuitHandler>(circuits) };
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

        Console.WriteLine($"| page | heap before | heap with {pages} pages open | per open page |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var path in paths)
        {
            // One page first, closed again, so start-up caches (compiled queries, components) are not counted as per-page.
            await (await OpenAsync(browser, baseUrl, cookies, path)).CloseAsync();
            await circuits.WaitUntilNoneAsync();

            var before = Heap();
            var opened = new List<Opened>();
            for (var i = 0; i < pages; i++)
            {
                opened.Add(await OpenAsync(browser, baseUrl, cookies, path));
            }

            var open = Heap();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| `{path}` | {before / 1e6:0.0} MB | {open / 1e6:0.0} MB | {(open - before) / pages / 1e3:#,0} KB |"));
            if (hold > TimeSpan.Zero)
            {
                Console.WriteLine($"Holding {hold.TotalSeconds:0} s with {circuits.Live} circuits open (process {Environment.ProcessId}).");
                await Task.Delay(hold);
            }

            foreach (var page in opened)
            {
                await page.CloseAsync();
            }

            await circuits.WaitUntilNoneAsync();
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
        // The layout sets data-interactive once the circuit is up; a static page has no circuit to wait for and says so with data-static.
        await page.Locator("#interactive-marker[data-interactive='true'], #interactive-marker[data-static]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        return new Opened(context, page);
    }

    private static async Task<IReadOnlyList<Microsoft.Playwright.Cookie>> SignInCookiesAsync(string baseUrl, string email)
    {
        var jar = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
        await PageApp.SignInAsync(client, email);
        return [.. jar.GetAllCookies().Select(c => new Microsoft.Playwright.Cookie { Name = c.Name, Value = c.Value, Url = baseUrl })];
    }

    private sealed class Opened(IBrowserContext context, IPage page)
    {
        /// <summary>Leaves the page first, as closing a tab does, so the browser tells Blazor the circuit is finished.</summary>
        public async Task CloseAsync()
        {
            await page.GotoAsync("about:blank");
            await context.DisposeAsync();
        }
    }

    /// <summary>Counts the app's circuits from opened to disposed (a disconnected circuit the app still keeps counts).</summary>
    private sealed class CircuitCounter : CircuitHandler
    {
        private int _live;

        public int Live => Volatile.Read(ref _live);

        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _live);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref _live);
            return Task.CompletedTask;
        }

        /// <summary>Waits until the app has disposed every circuit; past the default retention of a disconnected one (3 minutes), says so.</summary>
        public async Task WaitUntilNoneAsync()
        {
            var deadline = DateTime.UtcNow.AddMinutes(4);
            while (Live > 0)
            {
                if (DateTime.UtcNow > deadline)
                {
                    Console.WriteLine($"({Live} circuits still open after 4 minutes; measuring with them.)");
                    return;
                }

                await Task.Delay(250);
            }
        }
    }
}
