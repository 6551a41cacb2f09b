# IdentityCenter.Testing, the module users test their scripts with: finding and starting the emulator, pointing the
# IdentityCenter module at it and undoing that, faults as the emulator receives them, reset, state, requests and help.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $assembly = Get-IdcEmulatorAssembly
    $testingModule = Get-Module -Name IdentityCenter.Testing
    $environmentNames = @(
        'HUAWEICLOUD_SDK_AK', 'HUAWEICLOUD_SDK_SK', 'HUAWEICLOUD_SDK_SECURITY_TOKEN', 'HUAWEICLOUD_SDK_DOMAIN_ID',
        'HUAWEICLOUD_SDK_IDENTITYCENTER_ENDPOINT'
    )
}

AfterAll {
    Complete-IdcTestFile
}

Describe 'Start-IdcEmulator' {
    It 'starts the emulator on a free port and returns its address, credentials and ids' {
        $emulator = Start-IdcEmulator -Path $assembly
        try {
            $emulator.PSObject.TypeNames[0] | Should -Be 'IdentityCenter.Testing.Emulator'
            $emulator.Url | Should -Match '^http://127\.0\.0\.1:[1-9][0-9]*$'
            $emulator.Credential.UserName | Should -Be $emulator.AccessKeyId
            $emulator.Credential.GetNetworkCredential().Password | Should -Not -BeNullOrEmpty
            $emulator.TemporaryCredential | Should -Not -BeNullOrEmpty
            $emulator.SecurityToken | Should -BeOfType [securestring]
            $emulator.InstanceId | Should -Not -BeNullOrEmpty
            $emulator.DomainId | Should -Not -BeNullOrEmpty
            $emulator.ConnectionParameters.EndpointUrl | Should -Be $emulator.Url
            $emulator.ConnectionParameters.DomainId | Should -Be $emulator.DomainId
            (Get-IdcEmulatorState).instances.instanceId | Should -Contain $emulator.InstanceId

            # Its default view shows no secret.
            $secret = $emulator.Credential.GetNetworkCredential().Password
            $shown = ($emulator | Out-String) + ($emulator | Format-List | Out-String)
            $shown | Should -Match ([regex]::Escape($emulator.Url))
            $shown | Should -Not -Match ([regex]::Escape($secret))
        }
        finally {
            Stop-IdcEmulator -Emulator $emulator
        }
    }

    It 'gives the emulator the options of -ArgumentList' {
        $other = 'ins-0000000000000042'
        $emulator = Start-IdcEmulator -Path $assembly -ArgumentList '--instance-id', $other
        try {
            $emulator.InstanceId | Should -Be $other
        }
        finally {
            Stop-IdcEmulator -Emulator $emulator
        }
    }

    It 'finds the emulator in a folder given to -Path' {
        $emulator = Start-IdcEmulator -Path (Split-Path -Parent $assembly)
        try {
            (Get-IdcEmulatorState -Emulator $emulator).domainId | Should -Be $emulator.DomainId
        }
        finally {
            Stop-IdcEmulator -Emulator $emulator
        }
    }

    It 'refuses a -Path that does not exist, naming it' {
        $missing = Join-Path $TestDrive 'no-such-tool'

        { Start-IdcEmulator -Path $missing } | Should -Throw "*-Path '$missing' does not exist*"
    }

    It 'refuses a folder that holds no emulator' {
        $empty = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'empty-tools')

        { Start-IdcEmulator -Path $empty.FullName } | Should -Throw '*is a folder with neither idc-emulator nor IdentityCenter.Emulator.dll*'
    }

    It 'says how to install the tool when it is not on PATH' {
        $savedPath = $env:PATH
        try {
            $env:PATH = (New-Item -ItemType Directory -Path (Join-Path $TestDrive 'no-tools-here')).FullName
            { Start-IdcEmulator } | Should -Throw '*idc-emulator is not on PATH*dotnet tool install*'
        }
        finally {
            $env:PATH = $savedPath
        }
    }

    It 'reports what the emulator said when it cannot start' {
        { Start-IdcEmulator -Path $assembly -ArgumentList '--instance-id', 'too-short' } |
            Should -Throw '*The emulator exited with code*instance*'
    }

    It 'sets the environment with -SetEnvironment and puts it back when stopped' {
        $saved = @{}
        foreach ($name in $environmentNames) { $saved[$name] = [Environment]::GetEnvironmentVariable($name) }
        try {
            foreach ($name in $environmentNames) { [Environment]::SetEnvironmentVariable($name, "before-$name") }

            $emulator = Start-IdcEmulator -Path $assembly -SetEnvironment

            $env:HUAWEICLOUD_SDK_AK | Should -Be $emulator.AccessKeyId
            $env:HUAWEICLOUD_SDK_SK | Should -Be $emulator.Credential.GetNetworkCredential().Password
            $env:HUAWEICLOUD_SDK_DOMAIN_ID | Should -Be $emulator.DomainId
            $env:HUAWEICLOUD_SDK_IDENTITYCENTER_ENDPOINT | Should -Be $emulator.Url
            $env:HUAWEICLOUD_SDK_SECURITY_TOKEN | Should -BeNullOrEmpty
            (New-IdcPermissionSet -InstanceId $emulator.InstanceId -Name 'FromEnvironment').Name | Should -Be 'FromEnvironment'

            Stop-IdcEmulator -Emulator $emulator

            foreach ($name in $environmentNames) { [Environment]::GetEnvironmentVariable($name) | Should -Be "before-$name" }
        }
        finally {
            foreach ($name in $environmentNames) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        }
    }

    It 'connects the session with -Connect and disconnects it when stopped' {
        $emulator = Start-IdcEmulator -Path $assembly -Connect
        try {
            $context = Get-IdcContext
            $context.Endpoint.TrimEnd('/') | Should -Be $emulator.Url
            "$($context.CredentialSource)" | Should -Be 'Session'
            (New-IdcPermissionSet -InstanceId $emulator.InstanceId -Name 'FromSession').Name | Should -Be 'FromSession'
        }
        finally {
            Stop-IdcEmulator -Emulator $emulator
        }

        "$((Get-IdcContext -WarningAction SilentlyContinue).CredentialSource)" | Should -Not -Be 'Session'
    }
}

Describe 'The emulator started last' {
    BeforeAll {
        $first = Start-IdcEmulator -Path $assembly
        $second = Start-IdcEmulator -Path $assembly
    }

    AfterAll {
        $first, $second | Stop-IdcEmulator
    }

    It 'is the one the other commands act on without -Emulator' {
        $firstConnection = $first.ConnectionParameters
        $null = New-IdcPermissionSet -InstanceId $first.InstanceId -Name 'OnTheFirst' @firstConnection

        @(Get-IdcEmulatorRequest).Count | Should -Be 0
        (Get-IdcEmulatorRequest -Emulator $first).operation | Should -Contain 'CreatePermissionSet'
        (Get-IdcEmulatorState -Emulator $first.Url).requestCount | Should -BeGreaterThan 0
    }

    It 'is the one before it once it stops' {
        $third = Start-IdcEmulator -Path $assembly
        Stop-IdcEmulator

        $third.Process.HasExited | Should -BeTrue
        (Get-IdcEmulatorState).requestCount | Should -Be (Get-IdcEmulatorState -Emulator $second).requestCount
        { Get-IdcEmulatorState -Emulator $third } | Should -Throw "*$($third.Url)*"
    }
}

Describe 'Add-IdcEmulatorFault' {
    BeforeAll {
        $emulator = Start-IdcEmulator -Path $assembly
        $connection = $emulator.ConnectionParameters
    }

    AfterAll {
        Stop-IdcEmulator -Emulator $emulator
    }

    BeforeEach {
        Reset-IdcEmulator -Emulator $emulator
    }

    It 'gives the emulator <Case> in its own field names' -ForEach @(
        @{
            Case     = 'a status with Retry-After, an error code and message, a count'
            Given    = @{ Operation = 'CreatePermissionSet'; Status = 429; RetryAfterSeconds = 7; ErrorCode = 'APIGW.0308'; ErrorMessage = 'slow down'; Count = 2 }
            Expected = @{ operation = 'CreatePermissionSet'; status = 429; retryAfterSeconds = 7; errorCode = 'APIGW.0308'; errorMessage = 'slow down'; count = 2 }
        }
        @{
            Case     = 'a delay, a probability with its seed'
            Given    = @{ Operation = 'PutCustomPolicy'; DelayMs = 150; Probability = 0.25; Seed = 7 }
            Expected = @{ operation = 'PutCustomPolicy'; delayMs = 150; probability = 0.25; seed = 7 }
        }
        @{
            Case     = 'a drop after the commit, for any operation'
            Given    = @{ Drop = 'After' }
            Expected = @{ operation = '*'; drop = 'after' }
        }
        @{
            Case     = 'a drop before the change'
            Given    = @{ Operation = 'CreatePermissionSet'; Drop = 'Before'; Count = 1 }
            Expected = @{ operation = 'CreatePermissionSet'; drop = 'before'; count = 1 }
        }
        @{
            Case     = 'an asynchronous failure'
            Given    = @{ Operation = 'ProvisionPermissionSet'; Fail = 'quota reached' }
            Expected = @{ operation = 'ProvisionPermissionSet'; fail = 'quota reached' }
        }
    ) {
        $added = Add-IdcEmulatorFault -Emulator $emulator @Given

        $added.PSObject.TypeNames[0] | Should -Be 'IdentityCenter.Testing.EmulatorFault'
        $added.id | Should -Not -BeNullOrEmpty
        foreach ($field in $Expected.Keys) {
            $added.$field | Should -Be $Expected[$field] -Because "the fault's $field"
        }
        (Get-IdcEmulatorState -Emulator $emulator).faults.id | Should -Be $added.id
    }

    It 'throttles the calls it names, which the module then retries' {
        $null = Add-IdcEmulatorFault -Emulator $emulator -Operation CreatePermissionSet -Status 429 -RetryAfterSeconds 1 -Count 1

        $set = New-IdcPermissionSet -InstanceId $emulator.InstanceId -Name 'Throttled' @connection

        $set.Name | Should -Be 'Throttled'
        (Get-IdcEmulatorRequest -Emulator $emulator | Where-Object operation -eq 'CreatePermissionSet').statusCode | Should -Be @(429, 200)
    }

    It 'passes on the reason the emulator refused a fault' {
        { Add-IdcEmulatorFault -Emulator $emulator -Operation CreatePermissionSet -Status 200 } |
            Should -Throw '*refused POST /_emulator/faults: status must be an error status from 400 to 599, got 200.*'
        { Add-IdcEmulatorFault -Emulator $emulator -Operation NoSuchCall -Status 500 } |
            Should -Throw "*operation 'NoSuchCall' is unknown*"
    }
}

Describe 'Reset-IdcEmulator' {
    It 'empties the permission sets, the faults and the request log, and keeps the instance' {
        $emulator = Start-IdcEmulator -Path $assembly
        try {
            $gone = $emulator.ConnectionParameters
            $null = New-IdcPermissionSet -InstanceId $emulator.InstanceId -Name 'Gone' @gone
            $null = Add-IdcEmulatorFault -Operation ListInstances -DelayMs 1

            $emulator | Reset-IdcEmulator

            $state = Get-IdcEmulatorState
            ($state.instances | Where-Object instanceId -eq $emulator.InstanceId).permissionSets | Should -BeNullOrEmpty
            $state.faults | Should -BeNullOrEmpty
            $state.requestCount | Should -Be 0
            @(Get-IdcEmulatorRequest).Count | Should -Be 0
        }
        finally {
            Stop-IdcEmulator -Emulator $emulator
        }
    }
}

Describe 'Without an emulator' {
    It '<Command> says to start one' -ForEach @(
        @{ Command = 'Reset-IdcEmulator' }
        @{ Command = 'Get-IdcEmulatorState' }
        @{ Command = 'Get-IdcEmulatorRequest' }
        @{ Command = 'Stop-IdcEmulator' }
        @{ Command = 'Add-IdcEmulatorFault' }
    ) {
        { & $Command } | Should -Throw '*No emulator is running in this session: start one with Start-IdcEmulator, or give -Emulator.*'
    }

    It 'stops what it started when the module is removed' {
        $emulator = Start-IdcEmulator -Path $assembly

        Remove-Module -Name IdentityCenter.Testing -Force
        Import-Module (Get-IdcBuiltTestingModulePath) -Global

        $emulator.Process.HasExited | Should -BeTrue
    }
}

Describe 'Help of <Name>' -ForEach @(
    @{ Name = 'Start-IdcEmulator' }
    @{ Name = 'Stop-IdcEmulator' }
    @{ Name = 'Reset-IdcEmulator' }
    @{ Name = 'Add-IdcEmulatorFault' }
    @{ Name = 'Get-IdcEmulatorState' }
    @{ Name = 'Get-IdcEmulatorRequest' }
) {
    BeforeAll {
        $help = Get-Help -Name $Name -Full
        $command = Get-Command -Name $Name
    }

    It 'has a synopsis and a description' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -Match "^\s*$([regex]::Escape($Name))"
        ($help.description | Out-String).Trim() | Should -Not -BeNullOrEmpty
    }

    It 'has at least three examples, each with code and words' {
        @($help.examples.example).Count | Should -BeGreaterOrEqual 3
        foreach ($example in $help.examples.example) {
            $example.code | Should -Not -BeNullOrEmpty
            ($example.remarks | Out-String).Trim() | Should -Not -BeNullOrEmpty
        }
    }

    It 'describes every parameter' {
        $common = [System.Management.Automation.Cmdlet]::CommonParameters
        foreach ($parameter in $command.Parameters.Keys | Where-Object { $_ -notin $common }) {
            $described = $help.parameters.parameter | Where-Object name -eq $parameter
            ($described.description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "-$parameter needs a description"
        }
    }
}

Describe 'The IdentityCenter.Testing manifest' {
    It 'exports exactly the emulator commands and has the version of the main module' {
        $testingModule.ExportedFunctions.Keys | Sort-Object |
            Should -Be @('Add-IdcEmulatorFault', 'Get-IdcEmulatorRequest', 'Get-IdcEmulatorState', 'Reset-IdcEmulator', 'Start-IdcEmulator', 'Stop-IdcEmulator')
        $testingModule.Version | Should -Be $IdcModule.Version
        $testingModule.PrivateData.PSData.ReleaseNotes | Should -Not -BeNullOrEmpty
    }
}
