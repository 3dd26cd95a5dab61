package org.parley.engine.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.engine.Fixtures;

class DomainTest {

  @Test
  void ordinalsAndBidsMapOneToOne() {
    Domain d = Fixtures.domain("d", 3, 4, 2);
    assertEquals(24, d.size());
    for (long o = 0; o < d.size(); o++) {
      assertEquals(o, d.ordinal(d.bidAt(o)));
    }
    assertEquals(Bid.of(0, 0, 1), d.bidAt(1), "the last issue is the least significant digit");
  }

  @Test
  void bidsCompareByContentAndCannotBeChangedFromOutside() {
    int[] levels = {1, 2};
    Bid bid = Bid.of(levels);
    levels[0] = 0;
    assertEquals(Bid.of(1, 2), bid);
    bid.toArray()[1] = 0;
    assertEquals(2, bid.level(1));
    assertNotEquals(Bid.of(2, 1), bid);
    assertThrows(IllegalArgumentException.class, () -> Bid.of(-1));
  }

  @Test
  void bidsFromLevelIdsNameTheMissingOrUnknownPiece() {
    Domain d = Fixtures.domain("d", 2, 2);
    assertEquals(Bid.of(1, 0), d.bid(Map.of("i0", "l1", "i1", "l0")));
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> d.bid(Map.of("i0", "l1")));
    assertTrue(missing.getMessage().contains("'i1'"), missing.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> d.bid(Map.of("i0", "l9", "i1", "l0")));
    assertTrue(unknown.getMessage().contains("no level 'l9'"), unknown.getMessage());
    assertTrue(d.check(Bid.of(0, 5)).orElseThrow().contains("'i1'"));
    assertTrue(d.check(Bid.of(0)).isPresent());
  }

  @Test
  void issuesRejectDuplicatesAndTooFewLevels() {
    assertThrows(IllegalArgumentException.class,
        () -> new Issue("x", null, "", List.of(Level.of("a"))));
    IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
        () -> new Issue("x", null, "", List.of(Level.of("a"), Level.of("a"))));
    assertTrue(dup.getMessage().contains("'a' twice"));
    Issue i = new Issue("t", "Tariff", "%", List.of(new Level("30", null, 30.0),
        new Level("10", "ten percent", 10.0)));
    assertEquals("30%", i.display(0));
    assertEquals("ten percent", i.display(1));
    assertTrue(i.isNumeric());
  }
}
