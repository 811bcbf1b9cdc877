using System.Text;
using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Tests.Features.Nominations;

public sealed class PersonKeyTests
{
    private static readonly DateOnly Born = new(1970, 5, 12);

    [Fact]
    public void The_same_cccd_is_the_same_person_whatever_the_name()
    {
        var a = new PersonKey("038070005678", null, "Nguyễn Văn Hùng", Born);
        var b = new PersonKey("038070005678", null, "Nguyen Van Hung", null);

        Assert.Equal(Likeness.Same, a.Compare(b));
    }

    [Fact]
    public void An_old_cmnd_on_one_record_matches_the_same_cmnd_beside_a_cccd_on_the_other_both_ways()
    {
        var withBoth = new PersonKey("038070005678", "172345678", "Nguyễn Văn Hùng", Born);
        var cmndOnly = new PersonKey(null, "172345678", "Nguyễn Văn Hùng", null);

        Assert.Equal(Likeness.Same, withBoth.Compare(cmndOnly));
        Assert.Equal(Likeness.Same, cmndOnly.Compare(withBoth));
    }

    [Fact]
    public void Two_different_cccds_are_two_people_even_with_the_same_name_and_birth_date()
    {
        var a = new PersonKey("038070005678", null, "Nguyễn Văn Hùng", Born);
        var b = new PersonKey("038070009999", null, "Nguyễn Văn Hùng", Born);

        Assert.Equal(Likeness.Different, a.Compare(b));
    }

    [Fact]
    public void A_cccd_and_a_cmnd_that_no_record_links_fall_back_on_the_name_with_its_diacritics_and_the_birth_date()
    {
        var cccd = new PersonKey("038070005678", null, "Nguyễn Văn Hùng", Born);

        Assert.Equal(Likeness.Same, cccd.Compare(new PersonKey(null, "172345678", "NGUYỄN  VĂN HÙNG", Born)));
        Assert.Equal(Likeness.Possible, cccd.Compare(new PersonKey(null, "172345678", "Nguyễn Văn Hưng", Born)));
        Assert.Equal(Likeness.Different, cccd.Compare(new PersonKey(null, "172345678", "Nguyễn Văn Hùng", Born.AddDays(1))));
    }

    [Fact]
    public void Hung_and_hung_with_other_marks_are_only_possibly_the_same_person()
    {
        var hung = new PersonKey(null, null, "Nguyễn Văn Hùng", Born);

        Assert.Equal(Likeness.Possible, hung.Compare(new PersonKey(null, null, "Nguyễn Văn Hưng", Born)));
        Assert.Equal(Likeness.Possible, hung.Compare(new PersonKey(null, null, "Nguyen Van Hung", Born)));
        Assert.Equal(Likeness.Different, hung.Compare(new PersonKey(null, null, "Nguyễn Văn Hưng", null)));
    }

    [Fact]
    public void A_name_typed_with_decomposed_marks_is_the_same_name()
    {
        var composed = new PersonKey(null, null, "Nguyễn Văn Hùng", Born);
        var decomposed = new PersonKey(null, null, "Nguyễn Văn Hùng".Normalize(NormalizationForm.FormD), Born);

        Assert.Equal(Likeness.Same, composed.Compare(decomposed));
    }

    [Fact]
    public void A_nine_digit_number_typed_as_the_cccd_is_kept_as_the_old_cmnd()
    {
        var nominee = Nominee.Individual("Lò Văn Pháo", Born, Sex.Male, null, null, "172345678", "Thành tích.");

        Assert.Null(nominee.CitizenId);
        Assert.Equal("172345678", nominee.FormerCitizenId);
    }

    [Fact]
    public void Two_different_nine_digit_numbers_are_refused_with_where_each_goes()
    {
        var refusal = Assert.Throws<DomainException>(() =>
            Nominee.Individual("Lò Văn Pháo", Born, Sex.Male, null, null, "172345678", "Thành tích.", "172345679"));

        Assert.Equal(PersonName.TwoFormerIds, refusal.Message);
    }
}
