using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ToanDan.Awards.Host.Persistence;

// Used only by `dotnet ef migrations add`: one migration set per provider.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAwardsDbContext>
{
    public SqliteAwardsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAwardsDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAwardsDbContext>
{
    public PostgresAwardsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAwardsDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
