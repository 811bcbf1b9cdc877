using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace ToanDan.Awards.Host.Documents;

/// <summary>
/// Prints HTML pages to PDF with one long-lived headless Chromium (started on the first print, restarted if it dies).
/// At most <see cref="DocumentOptions.MaxConcurrentPrints"/> pages print at once; the others wait their turn. The page
/// runs no script and reaches no network (every request but the document itself is refused, and the document carries
/// a Content-Security-Policy), so text from a dossier cannot make the printer fetch or run anything. A document
/// printed once is served from memory while its HTML is unchanged: the HTML is the document's version. The pages stay
/// open between prints (one per slot), since opening a context and a page took about half of a print.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    /// <summary>The metrics of printing (meter name), for operators and tests.</summary>
    public const string MeterName = "ToanDan.Awards.Documents";

    // The printed document's own address: never resolved, the route answers it.
    private const string DocumentUrl = "https://print.invalid/document.html";
    private const string PrintPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

    private readonly DocumentOptions options;
    private readonly ILogger<PdfPrinter> logger;
    private readonly SemaphoreSlim slots;
    private readonly SemaphoreSlim starting = new(1, 1);
    private readonly MemoryCache? cache;
    private readonly Counter<long> printed;
    private readonly Counter<long> cacheHits;
    private readonly UpDownCounter<int> printing;
    private readonly Histogram<double> duration;
    private readonly Histogram<double> phase;
    private readonly Counter<long> launched;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private readonly System.Collections.Concurrent.ConcurrentStack<PooledPage> idle = new();

    public PdfPrinter(IOptions<DocumentOptions> options, IMeterFactory meters, ILogger<PdfPrinter> logger)
    {
        var meter = meters.Create(MeterName);
        this.options = options.Value;
        this.logger = logger;
        slots = new SemaphoreSlim(Math.Max(1, this.options.MaxConcurrentPrints));
        cache = this.options.PdfCacheMegabytes > 0
            ? new MemoryCache(new MemoryCacheOptions { SizeLimit = this.options.PdfCacheMegabytes * 1024L * 1024L })
            : null;
        printed = meter.CreateCounter<long>("awards.pdf.printed", description: "PDFs printed by Chromium");
        cacheHits = meter.CreateCounter<long>("awards.pdf.cache_hits", description: "PDFs served from the printer's cache");
        printing = meter.CreateUpDownCounter<int>("awards.pdf.printing", description: "Pages printing right now");
        duration = meter.CreateHistogram<double>("awards.pdf.duration", unit: "ms", description: "Time to print one PDF, waiting included");
        phase = meter.CreateHistogram<double>("awards.pdf.phase", unit: "ms",
            description: "Time of one phase of a print (phase = context, content or pdf), to see where printing spends it");
        launched = meter.CreateCounter<long>("awards.pdf.browsers_launched", description: "Chromium browsers started (one, unless it died)");
    }

    public async Task<byte[]> PrintAsync(string html, CancellationToken ct)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(html)));
        if (cache is not null && cache.TryGetValue(key, out byte[]? known) && known is not null)
        {
            cacheHits.Add(1);
            return known;
        }
        var started = TimeProvider.System.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.PrintTimeoutSeconds));
        try
        {
            await slots.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new InvalidOperationException($"Máy in PDF đang bận: chưa đến lượt sau {options.PrintTimeoutSeconds} giây, hãy thử lại sau ít phút.");
        }
        printing.Add(1);
        try
        {
            var pdf = await PrintOnPageAsync(html, timeout.Token, ct);
            cache?.Set(key, pdf, new MemoryCacheEntryOptions { Size = pdf.Length, SlidingExpiration = TimeSpan.FromHours(1) });
            printed.Add(1);
            return pdf;
        }
        finally
        {
            printing.Add(-1);
            slots.Release();
            duration.Record(TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private async Task<byte[]> PrintOnPageAsync(string html, CancellationToken timeout, CancellationToken ct)
    {
        var chromium = await BrowserAsync(ct);
        var page = await TakePageAsync(chromium);
        page.Html = html;
        var work = PrintPageAsync(page.Page);
        var finished = await Task.WhenAny(work, Task.Delay(Timeout.Infinite, timeout));
        if (finished != work)
        {
            await page.DisposeAsync();
            ct.ThrowIfCancellationRequested();
            throw new InvalidOperationException($"Chromium không in xong PDF trong {options.PrintTimeoutSeconds} giây.");
        }
        try
        {
            var pdf = await work;
            page.Html = "";
            idle.Push(page);
            return pdf;
        }
        catch
        {
            await page.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A page kept open between prints (a context of its own, no script, every request refused but the document's):
    /// opening a context and a page is most of a print's time. At most one per print slot, since a page is only taken
    /// inside a slot and given back after it; a page of a browser that died is dropped.
    /// </summary>
    private async Task<PooledPage> TakePageAsync(IBrowser chromium)
    {
        while (idle.TryPop(out var kept))
        {
            if (ReferenceEquals(kept.Browser, chromium) && !kept.Page.IsClosed) return kept;
            await kept.DisposeAsync();
        }
        var started = TimeProvider.System.GetTimestamp();
        var context = await chromium.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false, ServiceWorkers = ServiceWorkerPolicy.Block, AcceptDownloads = false,
        });
        var pooled = new PooledPage(chromium, context);
        await context.RouteAsync("**/*", route => route.Request.Url == DocumentUrl
            ? route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 200, ContentType = "text/html; charset=utf-8", Body = pooled.Html,
                Headers = new Dictionary<string, string> { ["Content-Security-Policy"] = PrintPolicy },
            })
            : route.AbortAsync("blockedbyclient"));
        pooled.Page = await context.NewPageAsync();
        Phase("context", started);
        return pooled;
    }

    private sealed class PooledPage(IBrowser browser, IBrowserContext context) : IAsyncDisposable
    {
        public IBrowser Browser { get; } = browser;
        public IPage Page { get; set; } = null!;

        /// <summary>The document the page prints now: what the route answers for <see cref="DocumentUrl"/>.</summary>
        public volatile string Html = "";

        public async ValueTask DisposeAsync()
        {
            try { await context.DisposeAsync(); }
            catch (PlaywrightException) { /* the browser is gone already */ }
        }
    }

    private async Task<byte[]> PrintPageAsync(IPage page)
    {
        var started = TimeProvider.System.GetTimestamp();
        await page.GotoAsync(DocumentUrl, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Phase("content", started);
        started = TimeProvider.System.GetTimestamp();
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
        Phase("pdf", started);
        return pdf;
    }

    private void Phase(string name, long started) =>
        phase.Record(TimeProvider.System.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("phase", name));

    private async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        if (browser is { IsConnected: true } running) return running;
        await starting.WaitAsync(ct);
        try
        {
            if (browser is { IsConnected: true } other) return other;
            if (!File.Exists(options.ChromiumPath))
                throw new InvalidOperationException(
                    $"Không tìm thấy Chromium tại '{options.ChromiumPath}' để in PDF: cài gói 'chromium' (apt-get install chromium) hoặc đặt đường dẫn trong cấu hình Documents:ChromiumPath.");
            if (browser is not null) logger.LogWarning("The printing Chromium was disconnected; starting a new one.");
            playwright ??= await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = options.ChromiumPath, Headless = true,
                // Even a refused request may have its socket opened ahead (preconnect): every connection goes to a proxy
                // that does not exist, loopback included, so nothing leaves the browser.
                Proxy = new Proxy { Server = "http://127.0.0.1:9", Bypass = "<-loopback>" },
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-extensions"],
            });
            launched.Add(1);
            return browser;
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException($"Không khởi động được Chromium để in PDF: {e.Message}", e);
        }
        finally
        {
            starting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        while (idle.TryPop(out var page)) await page.DisposeAsync();
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        cache?.Dispose();
        slots.Dispose();
        starting.Dispose();
    }
}
