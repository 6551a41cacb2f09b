using System.Management.Automation;
using IdentityCenter.PowerShell.Commands;

namespace IdentityCenter.PowerShell.Tests;

public sealed class ConfirmQuestionTests
{
    [Theory]
    [InlineData(true, false, "High", ConfirmImpact.Low, true)]
    [InlineData(false, false, "Low", ConfirmImpact.High, false)]
    [InlineData(null, true, "Low", ConfirmImpact.High, false)]
    [InlineData(null, false, "High", ConfirmImpact.High, true)]
    [InlineData(null, false, "High", ConfirmImpact.Medium, false)]
    [InlineData(null, false, "medium", ConfirmImpact.Medium, true)]
    [InlineData(null, false, "Low", ConfirmImpact.Medium, true)]
    [InlineData(null, false, "None", ConfirmImpact.High, false)]
    [InlineData(null, false, null, ConfirmImpact.High, true)]
    [InlineData(null, false, "not an impact", ConfirmImpact.Medium, false)]
    [InlineData(null, false, "Low", ConfirmImpact.None, false)]
    public void Asks_as_PowerShell_would(bool? confirm, bool whatIf, string? preference, ConfirmImpact impact, bool asked)
    {
        Assert.Equal(asked, ConfirmQuestion.MayBeAsked(confirm, whatIf, preference, impact));
    }

    [Fact]
    public void Reads_the_preference_as_the_session_holds_it()
    {
        Assert.True(ConfirmQuestion.MayBeAsked(null, false, ConfirmImpact.Low, ConfirmImpact.Medium));
        Assert.False(ConfirmQuestion.MayBeAsked(null, false, ConfirmImpact.High, ConfirmImpact.Medium));
    }

    [Theory]
    [InlineData(true, false, false, true)]
    [InlineData(false, false, false, false)]
    [InlineData(true, true, false, false)]
    [InlineData(true, false, true, false)]
    public void Force_skips_the_question_unless_Confirm_is_given_or_WhatIf_is_in_effect(bool force, bool confirmGiven, bool whatIf, bool skipped)
    {
        Assert.Equal(skipped, ConfirmQuestion.ForceSkipsQuestion(force, confirmGiven, whatIf));
    }
}
