# The built module as PowerShell sees it: manifest, exports, command metadata, formats, help, completion of values
# that need no service, and the checks that happen before anything is sent (parameter validation, configuration
# errors). No emulator is needed here.

BeforeDiscovery {
    $commands = @(
        @{ Command = 'New-IdcPermissionSet'; OutputType = 'IdentityCenter.Core.Models.PermissionSet' }
        @{ Command = 'Set-IdcCustomPolicy'; OutputType = 'IdentityCenter.Core.Models.CustomPolicyAssignment' }
        @{ Command = 'Set-IdcPermissionSet'; OutputType = 'IdentityCenter.Core.Models.PermissionSet' }
        @{ Command = 'Add-IdcManagedPolicy'; OutputType = 'IdentityCenter.Core.Models.AttachedManagedPolicy' }
        @{ Command = 'Add-IdcPermissionSetTag'; OutputType = 'IdentityCenter.Core.Models.PermissionSetTagEntry' }
    )

    $allCommands = @(
        'Add-IdcManagedPolicy',
        'Add-IdcPermissionSetTag',
        'Connect-IdcService',
        'Disconnect-IdcService',
        'Get-IdcAccountAssignment',
        'Get-IdcAccountAssignmentRequest',
        'Get-IdcContext',
        'Get-IdcCustomPolicy',
        'Get-IdcInstance',
        'Get-IdcManagedPolicy',
        'Get-IdcPermissionSet',
        'Get-IdcPermissionSetProvisioningRequest',
        'Get-IdcPermissionSetTag',
        'Get-IdcProvisionedPermissionSet',
        'Install-IdcPermissionSet',
        'New-IdcAccountAssignment',
        'New-IdcPermissionSet',
        'Remove-IdcAccountAssignment',
        'Remove-IdcCustomPolicy',
        'Remove-IdcManagedPolicy',
        'Remove-IdcPermissionSet',
        'Remove-IdcPermissionSetTag',
        'Set-IdcCustomPolicy',
        'Set-IdcPermissionSet',
        'Test-IdcPolicy'
    )

    $views = @('IdentityCenter.PermissionSet', 'IdentityCenter.CustomPolicyAssignment', 'IdentityCenter.PolicyFinding', 'IdentityCenter.Context', 'IdentityCenter.Instance', 'IdentityCenter.ManagedPolicy', 'IdentityCenter.PermissionSetTag', 'IdentityCenter.AccountAssignment', 'IdentityCenter.AccountAssignmentStatus', 'IdentityCenter.PermissionSetProvisioningStatus', 'IdentityCenter.ProvisionedPermissionSet')

    $invalidArguments = @(
        @{ Parameter = 'Name'; Given = @{ Name = 'n' * 33 }; ErrorId = 'ParameterArgumentValidationError' }
        @{ Parameter = 'Name'; Given = @{ Name = '' }; ErrorId = 'ParameterArgumentValidationError' }
        @{ Parameter = 'Description'; Given = @{ Name = 'ok'; Description = 'd' * 1025 }; ErrorId = 'ParameterArgumentValidationError' }
        @{ Parameter = 'RelayState'; Given = @{ Name = 'ok'; RelayState = 'r' * 241 }; ErrorId = 'ParameterArgumentValidationError' }
        @{ Parameter = 'SessionDuration'; Given = @{ Name = 'ok'; SessionDuration = '8 hours' }; ErrorId = 'ParameterArgumentValidationError' }
        @{ Parameter = 'SessionDuration'; Given = @{ Name = 'ok'; SessionDuration = 8 }; ErrorId = 'ParameterArgumentTransformationError' }
        @{ Parameter = 'Tag'; Given = @{ Name = 'ok'; Tag = 'team' }; ErrorId = 'ParameterArgumentTransformationError' }
        @{ Parameter = 'Tag'; Given = @{ Name = 'ok'; Tag = @{ ('k' * 129) = 'v' } }; ErrorId = 'ParameterArgumentValidationError' }
        @{ Parameter = 'InstanceId'; Given = @{ Name = 'ok'; InstanceId = '' }; ErrorId = 'ParameterArgumentValidationError' }
    )
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $manifestPath = $IdcManifestPath
    $module = $IdcModule

    # Nothing in this file reaches a server: a loopback port nobody listens on would refuse any request that slipped out.
    $offline = @{
        EndpointUrl     = 'http://127.0.0.1:9'
        AccessKeyId     = 'AKOFFLINETEST0000001'
        SecretAccessKey = (ConvertTo-SecureString -String 'offline-secret-not-used' -AsPlainText -Force)
        DomainId        = 'd0000000000000000000000000000001'
    }
}

AfterAll {
    Complete-IdcTestFile
}

Describe 'IdentityCenter module' {
    It 'has a manifest that passes Test-ModuleManifest' {
        { Test-ModuleManifest -Path $manifestPath -ErrorAction Stop } | Should -Not -Throw
    }

    It 'exports exactly its cmdlets and nothing else' {
        (@($module.ExportedCmdlets.Keys) | Sort-Object) -join ',' | Should -Be 'Add-IdcManagedPolicy,Add-IdcPermissionSetTag,Connect-IdcService,Disconnect-IdcService,Get-IdcAccountAssignment,Get-IdcAccountAssignmentRequest,Get-IdcContext,Get-IdcCustomPolicy,Get-IdcInstance,Get-IdcManagedPolicy,Get-IdcPermissionSet,Get-IdcPermissionSetProvisioningRequest,Get-IdcPermissionSetTag,Get-IdcProvisionedPermissionSet,Install-IdcPermissionSet,New-IdcAccountAssignment,New-IdcPermissionSet,Remove-IdcAccountAssignment,Remove-IdcCustomPolicy,Remove-IdcManagedPolicy,Remove-IdcPermissionSet,Remove-IdcPermissionSetTag,Set-IdcCustomPolicy,Set-IdcPermissionSet,Test-IdcPolicy'
        $module.ExportedFunctions.Count | Should -Be 0
        $module.ExportedAliases.Count | Should -Be 0
        $module.ExportedVariables.Count | Should -Be 0
    }

    It 'carries the version stamped from Directory.Build.props' {
        $props = Join-Path $PSScriptRoot '../../Directory.Build.props'
        $versionPrefix = (Select-Xml -Path $props -XPath '/Project/PropertyGroup/VersionPrefix').Node.InnerText.Trim()

        $module.Version | Should -Be ([version]$versionPrefix)
        Split-Path -Leaf (Split-Path -Parent $manifestPath) | Should -Be $versionPrefix
    }

    It 'loads a table view for <_>' -ForEach $views {
        $format = Get-FormatData -TypeName $_

        $format | Should -Not -BeNullOrEmpty
        $format.FormatViewDefinition[0].Control | Should -BeOfType ([System.Management.Automation.TableControl])
    }

    It 'still shows objects made by the engine directly with the same views' {
        Get-FormatData -TypeName 'IdentityCenter.Core.Models.PermissionSet' | Should -Not -BeNullOrEmpty
    }

    It 'carries Gallery metadata: tags and release notes from CHANGELOG.md, and no made-up addresses' {
        $module.Tags | Should -Contain 'PSEdition_Core'
        $module.Tags | Should -Contain 'PSEdition_Desktop'
        $module.ReleaseNotes | Should -BeLike '*Connect-IdcService*'
        $module.ProjectUri | Should -BeNullOrEmpty
        $module.LicenseUri | Should -BeNullOrEmpty
    }
}

Describe 'Help for <_>' -ForEach $allCommands {
    BeforeAll {
        $help = Get-Help -Name $_ -Full
        $info = Get-Command -Name $_ -Module IdentityCenter
        $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
    }

    It 'has a synopsis and a description from the help file, not the generated stand-in' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -BeLike '*<CommonParameters>*'
        ($help.Description.Text -join ' ').Trim() | Should -Not -BeNullOrEmpty
    }

    It 'describes every parameter' {
        foreach ($name in @($info.Parameters.Keys | Where-Object { $_ -notin $common })) {
            $parameterHelp = @($help.Parameters.Parameter) | Where-Object Name -eq $name
            $parameterHelp | Should -Not -BeNullOrEmpty -Because "-$name needs help"
            ($parameterHelp.Description.Text -join ' ').Trim() | Should -Not -BeNullOrEmpty -Because "-$name needs a description"
        }
    }

    It 'has at least three examples, each with code' {
        $examples = @($help.Examples.Example)

        $examples.Count | Should -BeGreaterOrEqual 3
        foreach ($example in $examples) {
            $example.Code | Should -Not -BeNullOrEmpty
        }
    }

    It 'has an example that pipes rows from a CSV file' {
        @($help.Examples.Example).Code -join "`n" | Should -BeLike '*Import-Csv*'
    }
}

Describe 'about_IdentityCenter' {
    It 'is found by Get-Help and covers <_>' -ForEach @('CREDENTIALS', 'ENDPOINTS', 'THE LOCAL EMULATOR', 'ERRORS AND HOW TO READ THEM', 'POLICIES', 'TAB COMPLETION') {
        Get-Help -Name about_IdentityCenter | Out-String | Should -BeLike "*$([WildcardPattern]::Escape($_))*"
    }
}

Describe 'Tab completion without the service' {
    It 'offers the common session durations for -SessionDuration' {
        $line = 'New-IdcPermissionSet -SessionDuration '

        $offered = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches

        $offered.CompletionText | Should -Be @('PT1H', 'PT2H', 'PT4H', 'PT8H', 'PT12H')
    }

    It 'narrows the durations to what was typed' {
        $line = 'New-IdcPermissionSet -SessionDuration PT1'

        $offered = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches

        $offered.CompletionText | Should -Be @('PT1H', 'PT12H')
    }

    It 'completes the parameter names of <Line>' -ForEach @(
        @{ Line = 'New-IdcPermissionSet -Sess'; Expected = @('-SessionDuration') }
        @{ Line = 'Set-IdcCustomPolicy -Pol'; Expected = @('-Policy', '-PolicyPath') }
        @{ Line = 'Connect-IdcService -Prof'; Expected = @('-ProfileName') }
    ) {
        $offered = (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches

        @($offered | Where-Object ResultType -eq 'ParameterName').CompletionText | Should -Be $Expected
    }

    It 'completes the command names' {
        $line = 'New-IdcPerm'

        $offered = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches

        $offered.CompletionText | Should -Contain 'New-IdcPermissionSet'
    }
}

Describe '<Command> metadata' -ForEach $commands {
    BeforeAll {
        $info = Get-Command -Name $Command -Module IdentityCenter
    }

    It 'supports -WhatIf and -Confirm' {
        $info.Parameters.Keys | Should -Contain 'WhatIf'
        $info.Parameters.Keys | Should -Contain 'Confirm'
    }

    It 'declares its output type' {
        $info.OutputType.Name | Should -Contain $OutputType
    }

    It 'offers the three ways to give credentials, the environment by default' {
        (@($info.ParameterSets.Name) | Sort-Object) -join ',' | Should -Be 'AccessKey,Credential,Default'
        $info.DefaultParameterSet | Should -Be 'Default'
    }

    It 'takes secrets only as SecureString or PSCredential' {
        $info.Parameters['SecretAccessKey'].ParameterType | Should -Be ([securestring])
        $info.Parameters['SecurityToken'].ParameterType | Should -Be ([securestring])
        $info.Parameters['Credential'].ParameterType | Should -Be ([pscredential])
    }
}

Describe 'Parameter aliases' {
    It 'lets -Tags stand for -Tag' {
        (Get-Command New-IdcPermissionSet).Parameters['Tag'].Aliases | Should -Contain 'Tags'
    }

    It 'lets -CustomPolicy stand for -Policy' {
        (Get-Command Set-IdcCustomPolicy).Parameters['Policy'].Aliases | Should -Contain 'CustomPolicy'
    }
}

Describe 'Checks before anything is sent' {
    It 'refuses an invalid -<Parameter> and names it (<ErrorId>)' -ForEach $invalidArguments {
        $splat = @{ InstanceId = 'ins-e000000000000001' }
        foreach ($key in $Given.Keys) { $splat[$key] = $Given[$key] }

        $failure = { New-IdcPermissionSet @splat @offline } | Should -Throw -ErrorId "$ErrorId*" -PassThru

        $failure.Exception.Message | Should -BeLike "*parameter '$([WildcardPattern]::Escape($Parameter))'*"
    }

    It 'refuses a plain-http endpoint on another machine before sending, as a terminating error' {
        $settings = $offline.Clone()
        $settings.EndpointUrl = 'http://identitycenter.example.com'

        $failure = { New-IdcPermissionSet -InstanceId 'ins-e000000000000001' -Name 'never' @settings } |
            Should -Throw -ErrorId 'IdentityCenter.InvalidSetting,*' -PassThru

        $failure.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $failure.ErrorDetails.Message | Should -BeLike '*identitycenter.example.com*'
    }

    It 'stops with a credentials error when no credentials can be found anywhere' {
        Disconnect-IdcService
        $saved = @{}
        foreach ($name in 'HUAWEICLOUD_SDK_AK', 'HUAWEICLOUD_SDK_SK', 'HUAWEICLOUD_SDK_CREDENTIALS_FILE') {
            $saved[$name] = [Environment]::GetEnvironmentVariable($name)
        }

        try {
            [Environment]::SetEnvironmentVariable('HUAWEICLOUD_SDK_AK', $null)
            [Environment]::SetEnvironmentVariable('HUAWEICLOUD_SDK_SK', $null)
            [Environment]::SetEnvironmentVariable('HUAWEICLOUD_SDK_CREDENTIALS_FILE', (Join-Path $TestDrive 'no-such-credentials'))

            $failure = { New-IdcPermissionSet -InstanceId 'ins-e000000000000001' -Name 'never' -EndpointUrl 'http://127.0.0.1:9' } |
                Should -Throw -ErrorId 'IdentityCenter.Credentials,*' -PassThru

            $failure.CategoryInfo.Category | Should -Be 'AuthenticationError'
            $failure.ErrorDetails.RecommendedAction | Should -BeLike '*-Credential*'
        }
        finally {
            foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        }
    }

    It 'sends nothing under -WhatIf even with an unreachable endpoint' {
        $result = New-IdcPermissionSet -InstanceId 'ins-e000000000000001' -Name 'WhatIfOnly' @offline -WhatIf -ErrorVariable failures

        $result | Should -BeNullOrEmpty
        $failures | Should -BeNullOrEmpty
    }
}
