package org.careercompass.plan.plans;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.careercompass.plan.support.PlanFixtures;
import org.careercompass.testing.People;
import org.careercompass.testing.PlatformServicesResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Concurrent writers of the same goal: stale writes are refused, and no acknowledged write is ever lost. */
@QuarkusTest
@WithTestResource(PlatformServicesResource.class)
class ConcurrencyIT {

    private String goalUrl(String token) {
        String planId = PlanFixtures.plan(token, "Concurrency");
        String goalId = given().auth().oauth2(token).contentType(ContentType.JSON).body(PlanFixtures.goal("43-1011.00"))
                .post("/api/v1/plans/" + planId + "/goals").then().statusCode(201).extract().path("id");
        return "/api/v1/plans/" + planId + "/goals/" + goalId;
    }

    @Test
    void ofWritersHoldingTheSameVersionExactlyOneWins() throws Exception {
        String me = People.fresh("yan");
        String url = goalUrl(me);
        String etag = given().auth().oauth2(me).get(url).then().statusCode(200).extract().header("ETag");
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String title = "Writer " + i;
            results.add(pool.submit(() -> {
                start.await();
                return given().auth().oauth2(me).contentType(ContentType.JSON).header("If-Match", etag)
                        .body(Map.of("title", title)).patch(url).then().extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 412), statuses.toString());
        Response after = given().auth().oauth2(me).get(url);
        assertEquals("\"1\"", after.header("ETag"), "one write, one version step");
    }

    @Test
    void twoClientsRetryingOnConflictLoseNoUpdate() throws Exception {
        String me = People.fresh("zoe");
        String url = goalUrl(me);
        int perClient = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> clients = new ArrayList<>();
        for (String client : List.of("a", "b")) {
            Callable<Integer> work = () -> {
                start.await();
                int conflicts = 0;
                for (int i = 0; i < perClient; i++) {
                    String word = client + i;
                    while (true) {
                        Response read = given().auth().oauth2(me).get(url);
                        String aim = read.path("aim");
                        String next = (aim == null ? "" : aim + " ") + word;
                        int status = given().auth().oauth2(me).contentType(ContentType.JSON)
                                .header("If-Match", read.header("ETag")).body(Map.of("aim", next)).patch(url).then()
                                .extract().statusCode();
                        if (status == 200) {
                            break;
                        }
                        assertTrue(status == 409 || status == 412, "unexpected " + status);
                        conflicts++;
                    }
                }
                return conflicts;
            };
            clients.add(pool.submit(work));
        }
        start.countDown();
        for (Future<Integer> c : clients) {
            c.get();
        }
        pool.shutdown();
        String aim = given().auth().oauth2(me).get(url).then().statusCode(200).extract().path("aim");
        Set<String> words = new HashSet<>(List.of(aim.trim().split(" ")));
        for (String client : List.of("a", "b")) {
            for (int i = 0; i < perClient; i++) {
                assertTrue(words.contains(client + i), "lost " + client + i + " in: " + aim);
            }
        }
        assertEquals(2 * perClient, aim.trim().split(" ").length);
    }

    @Test
    void actionsAddedAtOnceByTwoPeopleAreAllKeptEachInItsOwnersGoal() throws Exception {
        // simultaneous adds on many connections: every 201 is a kept action, in the right goal, with its event
        String ann = People.fresh("ann");
        String ben = People.fresh("ben");
        Map<String, String> goals = Map.of(ann, goalUrl(ann), ben, goalUrl(ben));
        Map<String, String> prefixes = Map.of(ann, "ann ", ben, "ben ");
        int each = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < each; i++) {
            for (String person : List.of(ann, ben)) {
                String title = prefixes.get(person) + i;
                statuses.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(person).contentType(ContentType.JSON)
                            .body(Map.of("type", "NETWORKING", "title", title)).post(goals.get(person) + "/actions")
                            .then().extract().statusCode();
                }));
            }
        }
        start.countDown();
        for (Future<Integer> status : statuses) {
            assertEquals(201, status.get());
        }
        pool.shutdown();
        for (String person : List.of(ann, ben)) {
            String prefix = prefixes.get(person);
            List<String> titles = given().auth().oauth2(person).queryParam("size", 100)
                    .get(goals.get(person) + "/actions").then().statusCode(200).extract().jsonPath()
                    .getList("items.title");
            assertEquals(each, titles.size(), titles.toString());
            assertEquals(each, new HashSet<>(titles).size(), titles.toString());
            assertTrue(titles.stream().allMatch(t -> t.startsWith(prefix)), titles.toString());
            String plan = goals.get(person).substring(0, goals.get(person).indexOf("/goals"));
            List<String> kinds = given().auth().oauth2(person).queryParam("size", 100).get(plan + "/timeline").then()
                    .statusCode(200).extract().jsonPath().getList("items.kind");
            assertEquals(each, kinds.stream().filter("ACTION_CREATED"::equals).count());
        }
        // and neither sees the other's goal
        given().auth().oauth2(ben).get(goals.get(ann) + "/actions").then().statusCode(404);
    }
}
