using Microsoft.EntityFrameworkCore;

namespace ToanDan.Awards.Host.Persistence;

/// <summary>
/// Nominees found by a piece of their folded name (<see cref="Domain.VietnameseText.Key"/>) through a trigram index, as
/// <c>NameKey.Contains(key)</c> finds them: SQLite's FTS5 table <c>NomineeNameSearch</c> (trigram tokenizer, kept by
/// triggers), PostgreSQL's pg_trgm GIN index on <c>Nominees.NameKey</c>. Both are made by the migration NationalHistoryIndexes.
/// </summary>
public static class NameSearch
{
    /// <summary>The shortest key a trigram index answers; a shorter one is looked for by scanning, as before.</summary>
    public const int TrigramLength = 3;

    /// <summary>The ids of the nominations with a nominee (struck out or not) whose folded name contains <paramref name="key"/>.</summary>
    public static IQueryable<int> NominationsNamed(AwardsDbContext db, string key)
    {
        if (key.Length >= TrigramLength && db.Database.IsSqlite())
        {
            // A quoted FTS5 string: its trigrams must follow one another, which is to contain the key.
            var phrase = "\"" + key.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            var ids = db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"NomineeNameSearch\" WHERE \"NomineeNameSearch\" MATCH {phrase}");
            return db.Nominees.Where(m => ids.Contains(m.Id)).Select(m => m.NominationId);
        }
        if (key.Length >= TrigramLength && db.Database.IsNpgsql())
        {
            var pattern = "%" + key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%";
            return db.Nominees.Where(m => EF.Functions.Like(m.NameKey, pattern, "\\")).Select(m => m.NominationId);
        }
        return db.Nominees.Where(m => m.NameKey.Contains(key)).Select(m => m.NominationId);
    }
}
