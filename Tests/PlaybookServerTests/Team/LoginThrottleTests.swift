import Foundation
import Testing

@testable import PlaybookServer

@Suite struct LoginThrottleTests {
    @Test func fiveFailuresLockTheUserForTheWindow() {
        let throttle = LoginThrottle(perUser: 5, perAddress: 20, window: 900)
        let start = Date(timeIntervalSince1970: 1_000_000)
        for i in 0..<4 { throttle.failed(user: "li", address: "10.0.0.1", now: start + Double(i)) }
        #expect(!throttle.isLocked(user: "li", address: "10.0.0.1", now: start + 5))
        throttle.failed(user: "li", address: "10.0.0.2", now: start + 5)
        #expect(throttle.isLocked(user: "li", address: "10.0.0.3", now: start + 6))
        #expect(!throttle.isLocked(user: "tom", address: "10.0.0.3", now: start + 6))
        #expect(!throttle.isLocked(user: "li", address: "10.0.0.3", now: start + 901))
    }

    @Test func anAddressIsLockedAfterManyUsersFail() {
        let throttle = LoginThrottle(perUser: 5, perAddress: 20, window: 900)
        let now = Date()
        for i in 0..<20 { throttle.failed(user: "user\(i)", address: "10.0.0.9", now: now) }
        #expect(throttle.isLocked(user: "someone", address: "10.0.0.9", now: now))
        #expect(!throttle.isLocked(user: "someone", address: "10.0.0.8", now: now))
    }

    @Test func aGoodSignInForgetsTheUsersFailures() {
        let throttle = LoginThrottle(perUser: 2, perAddress: 20, window: 900)
        throttle.failed(user: "li", address: "a")
        throttle.succeeded(user: "li")
        throttle.failed(user: "li", address: "a")
        #expect(!throttle.isLocked(user: "li", address: "b"))
    }
}
