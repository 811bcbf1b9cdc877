using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Tests.Features.Council;

/// <summary>The council's order, pure: votes first, then the preference of women and of collectives with enough women.</summary>
public class TiePreferenceTests
{
    private static CouncilCandidate Person(int id, string name, Sex sex, int? votes) =>
        new(id, NomineeKind.Individual, name, "Xã Đông Tiến", sex, null, votes);

    private static CouncilCandidate Collective(int id, string name, decimal women, int? votes) =>
        new(id, NomineeKind.Collective, name, "Xã Đông Tiến", null, women, votes);

    [Fact]
    public void More_votes_rank_first_whoever_is_preferred()
    {
        var ranked = TiePreference.Rank([Person(1, "Lê Thị Hoa", Sex.Female, 5), Person(2, "Nguyễn Văn Hùng", Sex.Male, 7)], 70);

        Assert.Equal([2, 1], ranked.Select(r => r.Candidate.NomineeId));
        Assert.Equal("Nữ", ranked[1].Preference);
        Assert.False(ranked[1].Tied);
        Assert.False(ranked[1].DecidedByPreference);
    }

    [Fact]
    public void On_equal_votes_a_woman_ranks_before_a_man_and_is_marked_as_decided_by_the_preference()
    {
        var ranked = TiePreference.Rank([Person(1, "Bùi Văn An", Sex.Male, 6), Person(2, "Lê Thị Hoa", Sex.Female, 6), Person(3, "Cao Văn Nam", Sex.Male, null)], 70);

        Assert.Equal([2, 1, 3], ranked.Select(r => r.Candidate.NomineeId));
        Assert.Equal([1, 2, 3], ranked.Select(r => r.Place));
        Assert.True(ranked[0].Tied);
        Assert.True(ranked[0].DecidedByPreference);
        Assert.True(ranked[1].Tied);
        Assert.Null(ranked[1].Preference);
        Assert.False(ranked[2].Tied);
    }

    [Fact]
    public void A_collective_is_preferred_from_the_award_types_share_of_women_not_below_it()
    {
        var at70 = TiePreference.Rank([Collective(1, "Tổ ANTT thôn 3", 0.25m, 4), Collective(2, "Chi hội phụ nữ thôn 5", 0.70m, 4)], 70);
        var at90 = TiePreference.Rank([Collective(1, "Tổ ANTT thôn 3", 0.25m, 4), Collective(2, "Chi hội phụ nữ thôn 5", 0.70m, 4)], 90);

        Assert.Equal([2, 1], at70.Select(r => r.Candidate.NomineeId));
        Assert.Equal("Tập thể có 70% nữ (từ 70% trở lên)", at70[0].Preference);
        Assert.All(at90, r => Assert.Null(r.Preference));
        Assert.All(at90, r => Assert.False(r.DecidedByPreference));
    }
}
