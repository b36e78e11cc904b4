using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

// Drives the app in Chromium as a person would, for the fault scripts:
//   write <baseUrl> <ackFile> [first]
//                               signs in as the demo officer, then saves results through the result
//                               form and the import, over and over, appending one line per write the
//                               app confirmed ("<code> <n>") to ackFile, until the app stops answering.
// Each write puts "drill write <n>" (n rising) in the commentary, so a check can tell which write
// the database holds.
if (args is not ["write", var baseUrl, var ackFile, ..] || args.Length > 4)
{
    Console.Error.WriteLine("usage: FaultDrill write <baseUrl> <ackFile> [first write number]");
    return 2;
}

const string Officer = "officer@example.org";
const string Password = "Demo-Pass-2025!";
const int Year = 2025;
string[] codes = ["ROADS-A", "ROADS-UNCLASS", "RECYCLING", "CASUALTIES-PED"];
var timeout = new PageGotoOptions { Timeout = 60_000 };

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
var page = await browser.NewPageAsync(new() { BaseURL = baseUrl });
page.SetDefaultTimeout(60_000);
await using var acks = new FileStream(ackFile, FileMode.Append, FileAccess.Write, FileShare.Read);

async Task Acknowledge(string line)
{
    var bytes = Encoding.UTF8.GetBytes(line + "\n");
    await acks.WriteAsync(bytes);
    acks.Flush(flushToDisk: true);
}

// Numbers keep rising across runs (the script passes each round's first), so a later write always has a higher one.
var n = args.Length == 4 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 0;
try
{
    await page.GotoAsync("/Account/Login", timeout);
    await page.GetByLabel("E-mail address").FillAsync(Officer);
    await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
    await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    Console.WriteLine("signed in");

    while (true)
    {
        n++;
        var code = codes[n % codes.Length];
        if (n % 5 == 0)
        {
            // Through the import: two KPIs in one file, confirmed only once the page says "Imported".
            var other = codes[(n + 1) % codes.Length];
            var csv = Path.Combine(Path.GetTempPath(), $"drill-{n}.csv");
            await File.WriteAllTextAsync(csv,
                "KPI code,Value,Data status,Commentary\r\n"
                + $"{code},50,Provisional,drill write {n}\r\n{other},50,Provisional,drill write {n}\r\n");
            await page.GotoAsync("/results/import", timeout);
            await page.WaitForSelectorAsync("#interactive-marker[data-interactive='true']", new() { State = WaitForSelectorState.Attached });
            await page.GetByLabel("Spreadsheet to import").SetInputFilesAsync(csv);
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "rows:" }).WaitForAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "Imported", Exact = true }).WaitForAsync();
            File.Delete(csv);
            await Acknowledge($"{code} {n}");
            await Acknowledge($"{other} {n}");
        }
        else
        {
            // Through the result form: confirmed only once the page says "Draft saved".
            await page.GotoAsync($"/results/{code}/{Year}", timeout);
            await page.WaitForSelectorAsync("#interactive-marker[data-interactive='true']", new() { State = WaitForSelectorState.Attached });
            var main = page.Locator("main");
            var value = main.GetByLabel(new Regex("^Value \\("));
            await value.FillAsync("50");
            await value.PressAsync("Tab");
            var commentary = main.GetByLabel("Commentary", new() { Exact = true });
            await commentary.FillAsync($"drill write {n}");
            await commentary.PressAsync("Tab");
            await main.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();
            await main.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new Regex("^Draft saved") }).WaitForAsync();
            await Acknowledge($"{code} {n}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"write {n} ({code}) confirmed"));
    }
}
catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
{
    // The app went away (the script killed it): write n was in flight, not confirmed.
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"write {n} not confirmed: {ex.Message.Split('\n')[0]}"));
    return 0;
}
