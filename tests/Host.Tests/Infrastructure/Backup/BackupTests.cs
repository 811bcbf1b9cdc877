using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ToanDan.Awards.Host.Domain;
using ToanDan.Awards.Host.Infrastructure.Backup;
using ToanDan.Awards.Host.Persistence;
using ToanDan.Awards.Host.Tests.Features.Nominations;
using static ToanDan.Awards.Host.Tests.Features.Tasks.TestDossiers;

namespace ToanDan.Awards.Host.Tests.Infrastructure.Backup;

/// <summary>Backups of the running application, restored into fresh folders and run again.</summary>
public class BackupTests(AwardsApp app, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<AwardsApp>
{
    private static int _uploads;

    [Fact]
    public async Task A_backup_taken_while_dossiers_move_restores_every_dossier_file_and_decision()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        var admin = await app.ClientForAsync("admin");
        var decidedBefore = new List<int>();
        for (var i = 0; i < 2; i++)
        {
            var id = await SubmitWithOwnFileAsync(clerk);
            await ToDirectorSignAsync(app, id);
            await CompleteAsync(app, "giamdoc.thanhhoa", id, "Task_DirectorSign");
            decidedBefore.Add(id);
        }
        var toApprove = new List<int>();
        for (var i = 0; i < 3; i++) toApprove.Add(await SubmitWithOwnFileAsync(clerk));

        var submissions = Task.Run(async () =>
        {
            for (var i = 0; i < 6; i++) await SubmitWithOwnFileAsync(clerk);
        });
        var approvals = Task.Run(async () =>
        {
            foreach (var id in toApprove)
            {
                await ToDirectorSignAsync(app, id);
                await CompleteAsync(app, "giamdoc.thanhhoa", id, "Task_DirectorSign");
            }
        });
        var moving = Task.WhenAll(submissions, approvals);
        var backups = new List<string>();
        do
        {
            var made = await admin.PostAsync("/api/admin/backups", null);
            Assert.True(made.StatusCode == HttpStatusCode.Created, await made.Content.ReadAsStringAsync());
            backups.Add((await made.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString()!);
        }
        while (!moving.IsCompleted);
        await moving;

        var zip = await DownloadAsync(admin, backups[backups.Count / 2]);
        var folder = NewFolder();
        var manifest = await BackupArchive.RestoreAsync(zip, folder, overwrite: false, CancellationToken.None);
        using var restored = new RestoredApp(folder);
        var restoredAdmin = await restored.ClientForAsync("admin");

        var (nominations, attachments, decisions) = await restored.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AwardsDbContext>();
            return (await db.Nominations.AsNoTracking().Include(n => n.Nominees).ToListAsync(), await db.Attachments.AsNoTracking().ToListAsync(),
                await db.Decisions.AsNoTracking().Include(d => d.Awardees).ToListAsync());
        });
        var sourceNominations = await app.WithScopeAsync(async services =>
            await services.GetRequiredService<AwardsDbContext>().Nominations.AsNoTracking().Include(n => n.Nominees).ToDictionaryAsync(n => n.Id));
        output.WriteLine($"{backups.Count} backups while dossiers moved; restored the one at index {backups.Count / 2}: " +
            $"{nominations.Count} of {sourceNominations.Count} dossiers, {attachments.Count} files, {decisions.Count} decisions.");
        Assert.Equal(manifest.Counts.Dossiers, nominations.Count);
        Assert.Equal(manifest.Counts.Attachments, attachments.Count);
        Assert.Equal(manifest.Counts.Decisions, decisions.Count);
        Assert.Equal(manifest.Files.Count - 1, attachments.Count);
        foreach (var id in decidedBefore)
        {
            var decision = Assert.Single(decisions, d => d.Awardees.Any(a => a.NominationId == id));
            Assert.Equal((await DecisionOfAsync(app, id))!.FullNumber, decision.FullNumber);
            Assert.Equal(NominationStatus.Approved, nominations.Single(n => n.Id == id).Status);
        }
        foreach (var nomination in nominations)
        {
            var source = sourceNominations[nomination.Id];
            Assert.Equal(source.UnitId, nomination.UnitId);
            Assert.Equal(source.Nominees.Select(n => n.Name).Order(), nomination.Nominees.Select(n => n.Name).Order());
            if (nomination.Status == NominationStatus.Approved && toApprove.Concat(decidedBefore).Contains(nomination.Id))
                Assert.Single(decisions, d => d.Awardees.Any(a => a.NominationId == nomination.Id));
            if (nomination.Status == NominationStatus.InReview)
                Assert.True(await restored.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().WorkItems
                    .AnyAsync(w => w.NominationId == nomination.Id && w.ClosedAt == null)), $"dossier {nomination.Id} in review has an open step");
        }
        Assert.All(decisions.SelectMany(d => d.Awardees), a => Assert.Contains(nominations, n => n.Id == a.NominationId));
        foreach (var file in attachments)
        {
            var url = $"/api/nominations/{file.NominationId}/attachments/{file.Id}";
            var bytes = await restoredAdmin.GetByteArrayAsync(url);
            Assert.Equal(await admin.GetByteArrayAsync(url), bytes);
            Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
        var audit = await app.WithScopeAsync(s => s.GetRequiredService<AwardsDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Action == "MakeBackup.Command").Select(e => e.EntityId).ToListAsync());
        Assert.All(backups, name => Assert.Contains(name, audit));
    }

    [Fact]
    public async Task A_tampered_backup_is_refused_and_nothing_is_restored()
    {
        var clerk = await app.ClientForAsync("thidua.dongtien");
        await SubmitWithOwnFileAsync(clerk);
        var admin = await app.ClientForAsync("admin");
        var made = await admin.PostAsync("/api/admin/backups", null);
        var zip = await DownloadAsync(admin, (await made.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString()!);

        var changedFile = CopyOf(zip, archive =>
        {
            var entry = archive.Entries.First(e => e.FullName.StartsWith("attachments/", StringComparison.Ordinal));
            var name = entry.FullName;
            entry.Delete();
            using var writer = archive.CreateEntry(name).Open();
            writer.Write([.. AttachmentTests.Pdf, .. "% changed\n"u8]);
        });
        var addedFile = CopyOf(zip, archive =>
        {
            using var writer = archive.CreateEntry("attachments/ab/abababababababababababababababab").Open();
            writer.Write(AttachmentTests.Pdf);
        });
        var changedDatabase = CopyOf(zip, archive =>
        {
            var entry = archive.GetEntry(BackupArchive.DatabaseEntry)!;
            using var stream = entry.Open();
            stream.Seek(4096, SeekOrigin.Begin);
            stream.Write("tampered"u8);
        });

        foreach (var (tampered, expected) in new[] { (changedFile, "không khớp mã SHA-256"), (addedFile, "không ghi trong manifest.json"), (changedDatabase, "không khớp mã SHA-256") })
        {
            var target = NewFolder();
            var refusal = await Assert.ThrowsAsync<DomainException>(() => BackupArchive.RestoreAsync(tampered, target, overwrite: false, CancellationToken.None));
            Assert.Contains(expected, refusal.Message);
            Assert.Contains("không khôi phục", refusal.Message);
            Assert.False(Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any(), "nothing written to the target");
        }
        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(NewFolder())!, ".restore-*"));
    }

    [Fact]
    public async Task The_commands_back_up_the_configured_data_and_restore_only_into_an_empty_folder_unless_forced()
    {
        await SubmitWithOwnFileAsync(await app.ClientForAsync("thidua.dongtien"));
        var zip = Path.Combine(NewFolder(), "cli.zip");
        string[] settings = [$"--ConnectionStrings:Awards=Data Source={app.DatabaseFile}", $"--Attachments:Root={app.AttachmentsFolder}"];
        var (output, errors) = (new StringWriter(), new StringWriter());

        var backedUp = await BackupCommandLine.RunBackupCommandAsync(["backup", "--to", zip, .. settings], output, errors);

        Assert.True(backedUp == 0, errors.ToString());
        Assert.Contains("Đã sao lưu vào", output.ToString());
        var target = NewFolder();
        Assert.Equal(0, await BackupCommandLine.RunBackupCommandAsync(["restore", "--from", zip, "--to", target], output, errors));
        Assert.Contains("SHA-256 khớp manifest", output.ToString());
        Assert.True(File.Exists(Path.Combine(target, "awards.db")));

        errors.GetStringBuilder().Clear();
        Assert.Equal(1, await BackupCommandLine.RunBackupCommandAsync(["restore", "--from", zip, "--to", target], output, errors));
        Assert.Contains("đã có dữ liệu: không ghi đè", errors.ToString());
        Assert.Equal(0, await BackupCommandLine.RunBackupCommandAsync(["restore", "--from", zip, "--to", target, "--force"], output, errors));
        Assert.Equal(2, await BackupCommandLine.RunBackupCommandAsync(["restore", "--from", zip], output, errors));
        Assert.Null(await BackupCommandLine.RunBackupCommandAsync(["--urls", "http://127.0.0.1:5000"], output, errors));
    }

    [Theory]
    [InlineData("pv05.thanhhoa")]
    [InlineData("thidua.dongtien")]
    public async Task Only_an_administrator_makes_lists_or_downloads_backups(string userName)
    {
        var client = await app.ClientForAsync(userName);

        var made = await client.PostAsync("/api/admin/backups", null);
        var listed = await client.GetAsync("/api/admin/backups");
        var downloaded = await client.GetAsync("/api/admin/backups/toandan-20261102-020000-abcdef.zip");

        foreach (var response in new[] { made, listed, downloaded })
        {
            var problem = await Dossiers.ProblemAsync(response, HttpStatusCode.Forbidden);
            Assert.Equal("Chỉ quản trị viên mới được thực hiện thao tác này.", problem.GetProperty("detail").GetString());
        }
    }

    /// <summary>A submitted ad-hoc Giấy khen with a file of its own (bytes no other dossier has), sent through the API.</summary>
    private static async Task<int> SubmitWithOwnFileAsync(HttpClient clerk)
    {
        var id = await Dossiers.CreateAsync(clerk, Dossiers.GiayKhen, Dossiers.Individual());
        var bytes = AttachmentTests.Pdf.Concat(Encoding.ASCII.GetBytes($"% upload {Interlocked.Increment(ref _uploads)} {Guid.NewGuid()}\n")).ToArray();
        var upload = await clerk.PostAsync($"/api/nominations/{id}/attachments", AttachmentTests.Form(bytes, $"bao-cao-{id}.pdf"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        await Dossiers.AttachRequiredPartsAsync(clerk, id);
        var submitted = await clerk.PostAsync($"/api/nominations/{id}/submit", null);
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        return id;
    }

    private static async Task<string> DownloadAsync(HttpClient admin, string name)
    {
        var response = await admin.GetAsync($"/api/admin/backups/{name}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        var file = Path.Combine(NewFolder(), name);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
        return file;
    }

    private static string CopyOf(string zip, Action<ZipArchive> change)
    {
        var copy = Path.Combine(NewFolder(), "tampered.zip");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(zip, copy);
        using (var archive = ZipFile.Open(copy, ZipArchiveMode.Update)) change(archive);
        return copy;
    }

    private static string NewFolder() => Path.Combine(Path.GetTempPath(), "toandan-tests", "backups", Guid.NewGuid().ToString("N"));

    /// <summary>The application started on a restored backup's folder.</summary>
    private sealed class RestoredApp(string folder) : AwardsApp(folder);
}
