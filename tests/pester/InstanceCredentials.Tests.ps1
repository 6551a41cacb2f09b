# Temporary keys from the ECS metadata service, served by the emulator: a create with nothing configured but
# HUAWEICLOUD_SDK_METADATA_URL, Connect-IdcService -UseInstanceCredential, what Get-IdcContext says, a server without an
# agency, and a missing service named in the 'no credentials' error. The metadata secret never appears anywhere.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1') -WithEmulator

    # The emulator's metadata service hands out its temporary key set; these two must never be shown.
    $metadataSecret = 'IdcEmulatorDemoTempSecretKey0000000000001'
    $metadataToken = 'IdcEmulatorDemoSecurityToken000000000000000000000000000001'

    function Set-IdcTestAgency {
        param([bool] $Missing)
        $body = @{ agencyMissing = $Missing } | ConvertTo-Json
        Invoke-RestMethod -Method Post -Uri "$($emulator.Url)/_emulator/metadata" -Body $body -ContentType 'application/json' | Out-Null
    }

    function Get-IdcTestClosedPort {
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $listener.Start()
        $port = $listener.LocalEndpoint.Port
        $listener.Stop()
        $port
    }
}

AfterAll {
    Complete-IdcTestFile
}

Describe 'Temporary keys from the ECS metadata service' {
    BeforeEach {
        Reset-IdcTestEmulator -Emulator $emulator
        Disconnect-IdcService
        $savedEnvironment = Backup-IdcTestEnvironment -EmptyCredentialsFile (Join-Path $TestDrive 'no-credentials-file')
        $env:HUAWEICLOUD_SDK_METADATA_URL = $emulator.Url
    }

    AfterEach {
        Set-IdcTestAgency -Missing $false
        Disconnect-IdcService
        Restore-IdcTestEnvironment -Saved $savedEnvironment
    }

    It 'creates a permission set with nothing configured but the metadata service' {
        $set = New-IdcPermissionSet -EndpointUrl $emulator.Url -InstanceId $instanceId -Name 'FromInstanceKeys' -Verbose 4>&1 |
            Tee-Object -Variable everything | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }

        $set.Name | Should -Be 'FromInstanceKeys'
        (Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId).name | Should -Contain 'FromInstanceKeys'
        $state = Get-IdcTestEmulatorState -Emulator $emulator
        $state.metadata.securityKeyRequests | Should -BeGreaterThan 0

        $text = ($everything | Out-String) + ($everything | ForEach-Object { "$_" } | Out-String)
        $text | Should -Match ([regex]::Escape('ECS metadata (agency), expires at'))
        $text | Should -Not -Match ([regex]::Escape($metadataSecret))
        $text | Should -Not -Match ([regex]::Escape($metadataToken))
    }

    It 'is what Get-IdcContext reports, with the expiry and without a secret' {
        $context = Get-IdcContext

        "$($context.CredentialSource)" | Should -Be 'InstanceMetadata'
        $context.IsTemporary | Should -BeTrue
        $context.CredentialDescription | Should -BeLike 'ECS metadata (agency), expires at *'
        $context.CredentialExpiresAt | Should -BeGreaterThan ([DateTimeOffset]::UtcNow.AddMinutes(40))
        $context.Problem | Should -BeNullOrEmpty

        $shown = ($context | Format-List * | Out-String) + ($context | Out-String) + "$context"
        $shown | Should -Match ([regex]::Escape('ECS metadata (agency), expires at'))
        $shown | Should -Not -Match ([regex]::Escape($metadataSecret))
        $shown | Should -Not -Match ([regex]::Escape($metadataToken))
    }

    It 'is chosen explicitly by Connect-IdcService -UseInstanceCredential, ahead of environment keys' {
        $env:HUAWEICLOUD_SDK_AK = 'AKNOTFORTHISSESSION'
        $env:HUAWEICLOUD_SDK_SK = 'NotTheSessionSecret0000000000000000000001'

        $context = Connect-IdcService -UseInstanceCredential -DomainId $emulator.DomainId -EndpointUrl $emulator.Url -PassThru
        $set = New-IdcPermissionSet -InstanceId $instanceId -Name 'FromConnectedInstanceKeys'

        "$($context.CredentialSource)" | Should -Be 'InstanceMetadata'
        "$($context.DomainIdSource)" | Should -Be 'Session'
        $set.Name | Should -Be 'FromConnectedInstanceKeys'
    }

    It 'reports a server without an agency in the service''s words, at the connect and at a command' {
        # Keys fetched by earlier tests are kept for the process under the address they came from, so another spelling
        # of the emulator's address makes this a first contact.
        $env:HUAWEICLOUD_SDK_METADATA_URL = $emulator.Url -replace '127\.0\.0\.1', 'localhost'
        Set-IdcTestAgency -Missing $true

        { Connect-IdcService -UseInstanceCredential -EndpointUrl $emulator.Url } |
            Should -Throw -ExpectedMessage '*Please configure Cloud Service Agency first*'

        # No credentials is a configuration error: terminating, before anything is sent.
        $failed = $null
        try { New-IdcPermissionSet -EndpointUrl $emulator.Url -InstanceId $instanceId -Name 'NoAgency' } catch { $failed = $_ }
        $failed | Should -Not -BeNullOrEmpty
        (Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId).name | Should -Not -Contain 'NoAgency'
        $message = ($failed | Out-String) + "$($failed.Exception)"
        $message | Should -Match 'No Huawei Cloud access key'
        $message | Should -Match ([regex]::Escape('Please configure Cloud Service Agency first'))
        $message | Should -Not -Match ([regex]::Escape($metadataSecret))
    }

    It 'names the metadata service among the places looked when nothing answers there' {
        $env:HUAWEICLOUD_SDK_METADATA_URL = "http://127.0.0.1:$(Get-IdcTestClosedPort)"

        $context = Get-IdcContext -WarningAction SilentlyContinue

        "$($context.CredentialSource)" | Should -Be 'None'
        $context.Problem | Should -Match 'No Huawei Cloud access key'
        $context.Problem | Should -Match ([regex]::Escape("the ECS metadata service at $env:HUAWEICLOUD_SDK_METADATA_URL"))
    }
}
