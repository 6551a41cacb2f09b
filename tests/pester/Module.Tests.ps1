# The built module as PowerShell sees it: manifest, exports, command metadata, formats, and the checks that happen
# before anything is sent (parameter validation, configuration errors). No emulator is needed here.

BeforeDiscovery {
    $commands = @(
        @{ Command = 'New-IdcPermissionSet'; OutputType = 'IdentityCenter.Core.Models.PermissionSet' }
        @{ Command = 'Set-IdcCustomPolicy'; OutputType = 'IdentityCenter.Core.Models.CustomPolicyAssignment' }
    )

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
    Import-Module (Join-Path $PSScriptRoot 'IdcTestEmulator.psm1') -Force
    $manifestPath = Get-IdcBuiltModulePath
    $module = Import-Module $manifestPath -Force -PassThru

    # Nothing in this file reaches a server: a loopback port nobody listens on would refuse any request that slipped out.
    $offline = @{
        EndpointUrl     = 'http://127.0.0.1:9'
        AccessKeyId     = 'AKOFFLINETEST0000001'
        SecretAccessKey = (ConvertTo-SecureString -String 'offline-secret-not-used' -AsPlainText -Force)
        DomainId        = 'd0000000000000000000000000000001'
    }
}

AfterAll {
    Remove-Module -Name IdentityCenter -Force -ErrorAction SilentlyContinue
    Remove-Module -Name IdcTestEmulator -Force -ErrorAction SilentlyContinue
}

Describe 'IdentityCenter module' {
    It 'has a manifest that passes Test-ModuleManifest' {
        { Test-ModuleManifest -Path $manifestPath -ErrorAction Stop } | Should -Not -Throw
    }

    It 'exports exactly its two cmdlets and nothing else' {
        (@($module.ExportedCmdlets.Keys) | Sort-Object) -join ',' | Should -Be 'New-IdcPermissionSet,Set-IdcCustomPolicy'
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

    It 'loads a table view for <_>' -ForEach @('IdentityCenter.Core.Models.PermissionSet', 'IdentityCenter.Core.Models.CustomPolicyAssignment') {
        Get-FormatData -TypeName $_ | Should -Not -BeNullOrEmpty
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

        $failure.Exception.Message | Should -BeLike "*parameter '$Parameter'*"
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
