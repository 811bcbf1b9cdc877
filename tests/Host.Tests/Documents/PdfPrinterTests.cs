using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ToanDan.Awards.Host.Documents;

namespace ToanDan.Awards.Host.Tests.Documents;

public sealed class PdfPrinterTests : IAsyncLifetime
{
    private readonly ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly PrinterMetrics metrics;
    private readonly PdfPrinter printer;

    public PdfPrinterTests()
    {
        var meters = services.GetRequiredService<IMeterFactory>();
        metrics = new PrinterMetrics(meters);
        printer = new PdfPrinter(Options.Create(new DocumentOptions { MaxConcurrentPrints = 2 }), meters, NullLogger<PdfPrinter>.Instance);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await printer.DisposeAsync();
        metrics.Dispose();
        await services.DisposeAsync();
    }

    private static string Page(string body) =>
        $"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><style>@page {{ size: A4; margin: 20mm; }}</style></head><body>{body}</body></html>";

    [Fact]
    public async Task Prints_Vietnamese_text_on_an_A4_page()
    {
        var pdf = await printer.PrintAsync(Page("<p>Quyết định về việc tặng Giấy khen cho Công an xã Đông Tiến</p>"), CancellationToken.None);

        var text = await DocumentFiles.PdfTextAsync(pdf);
        Assert.Contains("Quyết định về việc tặng Giấy khen cho Công an xã Đông Tiến", text);
        var (pages, landscape) = await DocumentFiles.PdfInfoAsync(pdf);
        Assert.Equal(1, pages);
        Assert.False(landscape);
    }

    [Fact]
    public async Task An_unchanged_document_is_printed_once_and_then_served_from_memory()
    {
        var html = Page("<p>Quyết định số 05/QĐ-CAT</p>");

        var first = await printer.PrintAsync(html, CancellationToken.None);
        var second = await printer.PrintAsync(html, CancellationToken.None);
        var changed = await printer.PrintAsync(Page("<p>Quyết định số 06/QĐ-CAT</p>"), CancellationToken.None);

        Assert.Equal(first, second);
        Assert.NotEqual(first, changed);
        Assert.Equal(2, metrics.Printed);
        Assert.Equal(1, metrics.CacheHits);
    }

    [Fact]
    public async Task The_printed_page_reaches_no_network_and_runs_no_script()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var url = $"http://127.0.0.1:{port}";
        var html = Page($"""
            <p id="text">Danh sách đề nghị</p>
            <img src="{url}/anh.png"><link rel="stylesheet" href="{url}/kieu.css"><iframe src="{url}/khung"></iframe>
            <script>document.getElementById('text').textContent = 'ĐÃ CHẠY MÃ'; fetch('{url}/fetch');</script>
            <div style="background-image: url({url}/nen.png)">nền</div>
            """);

        var pdf = await printer.PrintAsync(html, CancellationToken.None);

        var text = await DocumentFiles.PdfTextAsync(pdf);
        Assert.Contains("Danh sách đề nghị", text);
        Assert.DoesNotContain("ĐÃ CHẠY MÃ", text);
        Assert.False(listener.Pending(), "the printing browser opened a connection to a server");
    }

    [Fact]
    public async Task No_more_than_the_configured_pages_print_at_once_and_the_rest_wait_their_turn()
    {
        var prints = Enumerable.Range(1, 6)
            .Select(n => printer.PrintAsync(Page($"<p>Giấy khen số {n}</p>"), CancellationToken.None))
            .ToList();

        var pdfs = await Task.WhenAll(prints);

        Assert.All(pdfs, pdf => Assert.True(pdf.Length > 0));
        Assert.Equal(6, metrics.Printed);
        Assert.InRange(metrics.MostPrintingAtOnce, 1, 2);
    }

    /// <summary>Reads the printer's own metrics (scoped to this test's meter factory, so other hosts don't count).</summary>
    private sealed class PrinterMetrics : IDisposable
    {
        private readonly MeterListener listener = new();
        private long printed, cacheHits;
        private int printing, most;

        public PrinterMetrics(IMeterFactory factory)
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == PdfPrinter.MeterName && ReferenceEquals(instrument.Meter.Scope, factory)) l.EnableMeasurementEvents(instrument);
            };
            listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
            {
                if (instrument.Name == "awards.pdf.printed") Interlocked.Add(ref printed, value);
                if (instrument.Name == "awards.pdf.cache_hits") Interlocked.Add(ref cacheHits, value);
            });
            listener.SetMeasurementEventCallback<int>((instrument, value, _, _) =>
            {
                if (instrument.Name != "awards.pdf.printing") return;
                var now = Interlocked.Add(ref printing, value);
                int seen;
                while (now > (seen = Volatile.Read(ref most)) && Interlocked.CompareExchange(ref most, now, seen) != seen) { }
            });
            listener.Start();
        }

        public long Printed => Interlocked.Read(ref printed);
        public long CacheHits => Interlocked.Read(ref cacheHits);
        public int MostPrintingAtOnce => Volatile.Read(ref most);

        public void Dispose() => listener.Dispose();
    }
}
